import { describe, expect, it } from 'vitest';
import { htmlToCvDocument } from '../../../utils/acquire/html/from-string';
import { buildProfile } from '../../../utils/profile/build-profile';
import { readFixture } from '../../support/fixtures';

/** A hand-written page with the faults browsers repair by the HTML standard's tree construction. */
const MALFORMED = readFixture('e2e/malformed.html');

describe('malformed hand-written HTML, read as a browser builds it', () => {
  it('keeps every part a browser shows: after a --!> comment, a second head, unclosed a, p, dd and li', () => {
    const doc = htmlToCvDocument(MALFORMED, null);
    const text = doc.lines.map((l) => l.text).join('\n');
    for (const shown of [
      'Lena Fischer',
      'Education',
      'University of Bonn',
      'CERN',
      'Neutrino masses from cosmology',
    ])
      expect(text).toContain(shown);
    const profile = buildProfile(doc);
    expect(profile.documentKind).toBe('cv');
    expect(profile.person.name).toBe('Lena Fischer');
    expect(profile.person.emails).toEqual(['lena.fischer@uni-example.de']);
    expect(profile.education.map((e) => [e.organization, e.start, e.end])).toEqual([
      ['University of Heidelberg', '2014', '2018'],
      ['University of Bonn', '2012', '2014'],
    ]);
    expect(profile.positions.map((e) => e.end)).toEqual(['present', '2021']);
    expect(profile.publications.map((p) => p.title)).toEqual(['Neutrino masses from cosmology']);
  });

  it('does not let an unclosed link swallow the rest of the page', () => {
    const doc = htmlToCvDocument(
      '<p><a href="https://a.example">start<h2>Teaching</h2><p>Course A, 2020',
      null,
    );
    expect(doc.lines.map((l) => l.text)).toEqual(expect.arrayContaining(['Teaching']));
  });
});

describe('hidden parts of a page', () => {
  it('skips hidden elements but reads every tab panel of a tabbed CV page', () => {
    const page = `<html><body><h1>Lena Fischer</h1>
      <div style="display:none">Sign up for our newsletter</div>
      <p hidden>An old address</p>
      <div class="allshow" style="display: none" id="tab-publications-content"><h2>Publications</h2>
        <ul><li>L. Fischer. Neutrino masses from cosmology. Phys. Rev. D, 2021.</li></ul></div>
      <section role="tabpanel" hidden><h2>Teaching</h2><p>Statistical Physics, 2022</p></section>
    </body></html>`;
    const text = htmlToCvDocument(page, null)
      .lines.map((l) => l.text)
      .join('\n');
    expect(text).toContain('Neutrino masses from cosmology');
    expect(text).toContain('Statistical Physics, 2022');
    expect(text).not.toContain('newsletter');
    expect(text).not.toContain('old address');
  });
});
