import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlToCvDocument } from '../../../utils/acquire/html/from-string';
import { buildProfile } from '../../../utils/profile/build-profile';
import { initialSpeltOut } from '../../../utils/profile/initial-spelt-out';

describe("an author run whose initial the person's address spells out", () => {
  it('takes a word the site address writes apart', () => {
    expect(
      initialSpeltOut('G. Fitton', ['jobs', 'george', 'research'], ['jobsgeorgegithubioresearchhtml'], []),
    ).toEqual(['George Fitton']);
  });

  it("takes another source's word that the e-mail address holds, not the address words holding the family name", () => {
    expect(
      initialSpeltOut(
        'M Weaving',
        ['morganaweaving', 'mweaving'],
        ['morganaweaving', 'mweavinggithubiofiles'],
        ['Good', 'Morgan'],
      ),
    ).toEqual(['Morgan Weaving']);
  });

  it('proposes nothing for a run that spells its given name out, or with no word of its initial', () => {
    expect(initialSpeltOut('George Fitton', ['george'], ['george'], [])).toEqual([]);
    expect(initialSpeltOut('G. Fitton', ['jobs', 'research'], ['jobsresearch'], ['Good'])).toEqual([]);
  });

  /**
   * A dev corpus publication list on jobs-george.github.io that writes its person only as "G. Fitton"
   * in its author lists: main proposed no candidate with the given name and read no name.
   */
  it("names the publication list's person", { timeout: 20_000 }, () => {
    const file = 'tests/corpus/docs/html-hand-publist-fitton.html';
    const html = fs.readFileSync(file, 'utf8');
    const profile = buildProfile(htmlToCvDocument(html, 'https://jobs-george.github.io/research.html'));
    expect(profile.person.name).toBe('George Fitton');
  });
});
