import { describe, expect, it } from 'vitest';
import { parsePublication } from '../../../utils/publications/parse-publication';

const plain = (raw: string) => parsePublication({ raw, runs: [], sectionHint: null });

/** Citation-style rules, each on an invented entry written the way that style writes it. */
describe('citation styles', () => {
  it('reads compact chemistry and physics entries: journal and numbers, no title', () => {
    const chem = plain('[4] A. B. Rossi, C. Tanaka, Chem. Mater. 2015, 27, 4410.');
    expect(chem.authors).toEqual(['A. B. Rossi', 'C. Tanaka']);
    expect(chem.title).toBeNull();
    expect(chem.venue).toBe('Chem. Mater');
    expect(chem.year).toBe(2015);
    const phys = plain('[9] P. Novak and L. Ortiz, Nucl. Phys. B512 (2001) 77-95.');
    expect(phys.title).toBeNull();
    expect(phys.venue).toBe('Nucl. Phys');
    expect(phys.year).toBe(2001);
  });

  it('joins names that each end with a period or lack a comma between them', () => {
    const a = plain('Novak PT. Ortiz LM. A study of river sediment transport. Water Res Q. 2011 12 4 33-40.');
    expect(a.authors).toEqual(['Novak PT', 'Ortiz LM']);
    expect(a.title).toBe('A study of river sediment transport');
    const b = plain(
      'Rossi, A., Tanaka, C. Novak, P. (2012). Sediment and the river. Water Research, 4(2), 1-9.',
    );
    expect(b.authors).toHaveLength(3);
    expect(b.title).toBe('Sediment and the river');
    expect(b.venue).toBe('Water Research');
  });

  it('reads through an APA elision of a long author list', () => {
    const p = plain(
      'Rossi, A., Tanaka, C., Novak, P., ... Ortiz, L. (2019). Rivers at night. Water Research, 8, 1-9.',
    );
    expect(p.authors).toEqual(['Rossi, A.', 'Tanaka, C.', 'Novak, P.', 'Ortiz, L.']);
    expect(p.title).toBe('Rivers at night');
  });

  it('takes "(in press)" in place of the date as the status, not the title', () => {
    const p = plain('Rossi, A., & Novak, P. (in press). Rivers at night. Journal of Water Studies.');
    expect(p.title).toBe('Rivers at night');
    expect(p.venue).toBe('Journal of Water Studies');
    expect(p.status).toBe('accepted');
  });

  it('drops volume numbers and page ranges from the venue', () => {
    expect(plain('Novak, Petra. ‘Rivers at Night’. Modern Philology 41, no. 2 (1990): 1–20.').venue).toBe(
      'Modern Philology',
    );
    expect(
      plain('Rossi, A. (2001). Rivers. In P. Novak (Ed.), River studies (12–30). London: Smith.').venue,
    ).toBe('River studies');
  });

  it('keeps a meeting year after an acronym in the venue', () => {
    expect(plain('A. Rossi. Rivers at night. River Workshop, ICML 2023.').venue).toBe(
      'River Workshop, ICML 2023',
    );
  });

  it('ends a title before pages and keeps a colon inside it', () => {
    expect(plain('Rossi, A., Computing with Rivers, pp. 12-19, 1999.').title).toBe('Computing with Rivers');
    const p = plain(
      'Novak, P. 2010 Mound B at Cedar Point, Ohio: Public Works, Ritual, and Forager Complexity. Geoarchaeology 21: 6-8.',
    );
    expect(p.title).toBe('Mound B at Cedar Point, Ohio: Public Works, Ritual, and Forager Complexity');
  });

  it('passes over editors named before a collection title', () => {
    const p = plain(
      'Rossi, A. (2000). Rivers. In P. Novak, L. Ortiz, et al. (Eds.), Handbook of rivers (pp. 1-9). Boston: Smith.',
    );
    expect(p.venue).toBe('Handbook of rivers');
  });
});
