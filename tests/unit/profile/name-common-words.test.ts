import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlToCvDocument } from '../../../utils/acquire/html/from-string';
import { buildProfile, readSections } from '../../../utils/profile/build-profile';
import { nameCandidates } from '../../../utils/profile/name-candidates';

const featuresOf = (html: string, name: string): string[] => {
  const doc = htmlToCvDocument(html, null);
  return nameCandidates(doc, readSections(doc)).find((c) => c.name === name)?.features ?? [];
};

describe('a name candidate whose words the page also writes in lower case', () => {
  it('is marked when every word is a word of the prose, not when the page writes only an address', () => {
    const html = `<h1>Use Git</h1><p>Jane Hollis</p>
      <p>We use git every day; to use it well, read on.</p>
      <p>Write to jane.hollis@example.org or see github.com/hollis, handle jane-hollis1.</p>`;
    expect(featuresOf(html, 'Use Git')).toContain('name:every word also in lower case');
    const person = featuresOf(html, 'Jane Hollis');
    expect(person).toContain('candidate');
    expect(person.filter((f) => f.includes('lower case'))).toEqual([]);
  });

  it('leaves out acronyms and short words', () => {
    const html = `<h1>ML Book</h1><p>The book on ml for all.</p>`;
    expect(featuresOf(html, 'ML Book')).toContain('name:every word also in lower case');
  });
});

/**
 * A dev corpus page whose title names the person's field ("Mantle Geochemist"), its metadata the
 * person: main's weights, fitted without the feature, read the field as the name.
 */
describe('a profile page whose title is its field', () => {
  it('has its person named', { timeout: 20_000 }, () => {
    const file = 'tests/corpus/docs/html-hand-about-shea.html';
    const profile = buildProfile(htmlToCvDocument(fs.readFileSync(file, 'utf8'), null));
    expect(profile.person.name).toBe('Joshua Shea');
  });
});
