import { describe, expect, it } from 'vitest';
import { htmlToCvDocument } from '../../../utils/acquire/html/from-string';
import { findPersonName } from '../../../utils/profile/find-person-name';
import { writtenInLatin } from '../../../utils/profile/name-likeness';
import { analysePublications } from '../../../utils/publications';

// A ranker that prefers the name in its own script, so the case does not hang on the shipped refit.
const PREFERS_OWN_SCRIPT = { weights: { 'name:cjk': 10, 'line:h1': 2, 'name:in e-mail': 1, 'no name': -5 } };

const JAPANESE_CV = `<html><body>
  <h1>大賀 成朗</h1>
  <p>Naruo Ohga</p>
  <p>naruo.ohga@example.ac.jp</p>
  <h2>Publications</h2>
  <ol>
    <li>N. Ohga, S. Ito, A. Kolchinsky. Thermodynamic bound on the asymmetry of cross-correlations. Phys. Rev. Lett. 131, 077101 (2023).</li>
    <li>N. Ohga, S. Ito. Information-geometric Legendre duality. Phys. Rev. E 104, 024115 (2021).</li>
    <li>S. Ito, N. Ohga. Geometric speed limits in chemical reaction networks. Phys. Rev. X 13, 011013 (2023).</li>
  </ol>
</body></html>`;

describe('the name in Latin letters beside a name in another script', () => {
  it('tells Latin-letter names from names in other scripts', () => {
    expect(writtenInLatin('Naruo Ohga')).toBe(true);
    expect(writtenInLatin('Santiago Javier Ávila Pérez')).toBe(true);
    expect(writtenInLatin('Long, S.')).toBe(true);
    expect(writtenInLatin('大賀 成朗')).toBe(false);
    expect(writtenInLatin('김바로(Kim, Ba-ro)')).toBe(false);
  });

  it('keeps the Latin form the e-mail address bears out beside a Japanese name', () => {
    const doc = htmlToCvDocument(JAPANESE_CV, null);
    expect(findPersonName(doc, [], PREFERS_OWN_SCRIPT)).toMatchObject({
      name: '大賀 成朗',
      latinForm: 'Naruo Ohga',
    });
  });

  it('keeps no Latin form beside a name already in Latin letters', () => {
    const doc = htmlToCvDocument(JAPANESE_CV.replace('<h1>大賀 成朗</h1>', ''), null);
    expect(findPersonName(doc, [], PREFERS_OWN_SCRIPT)).toMatchObject({
      name: 'Naruo Ohga',
      latinForm: null,
    });
  });

  it('finds the person in author lists under the Latin form, and gives it as a name variant', () => {
    const entries = [...JAPANESE_CV.matchAll(/<li>(.*?)<\/li>/g)].map((m) => ({
      raw: m[1]!,
      runs: [],
      sectionHint: null,
    }));
    const analysis = analysePublications(entries, {
      name: '大賀 成朗',
      latinForm: 'Naruo Ohga',
      text: '',
    });
    expect(analysis.publications.map((p) => p.candidateAuthorIndex)).toEqual([0, 0, 1]);
    expect(analysis.nameVariants.map((v) => v.name)).toEqual(['Naruo Ohga']);
  });
});
