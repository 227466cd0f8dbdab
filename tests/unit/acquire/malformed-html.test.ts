import { describe, expect, it } from 'vitest';
import { htmlToCvDocument } from '../../../utils/acquire/html/from-string';
import { buildProfile } from '../../../utils/profile/build-profile';

/** A hand-written page with the faults browsers repair by the HTML standard's tree construction. */
const MALFORMED = `<!DOCTYPE html>
<html><head><title>Lena Fischer</title></head>
<head><meta name="author" content="Lena Fischer"></head>
<body>
<!-- menu, closed the way the standard allows --!>
<h1>Lena Fischer</h1>
<p>Contact: <a href="mailto:lena.fischer@uni-example.de">lena.fischer@uni-example.de
<p>Homepage: <a href="https://lena.example.org">lena.example.org</a>
<h2>Education</h2>
<dl><dt>2014 – 2018<dd>PhD in Physics, University of Heidelberg<dt>2012 – 2014<dd>MSc in Physics, University of Bonn</dl>
<h2>Positions</h2>
<ul><li>2021 – present: Research Group Leader, Max Planck Institute for Nuclear Physics<li>2018 – 2021: Postdoctoral Researcher, CERN</ul>
<h2>Publications</h2>
<p><table><tr><td>Fischer, L., &amp; Braun, T. (2020). <b><i>Neutrino masses from cosmology</b></i>. Physical Review D, 101(4), 043512.</td></tr></table>
</body></html>`;

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
