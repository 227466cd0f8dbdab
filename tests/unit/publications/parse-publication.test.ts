import { describe, expect, it } from 'vitest';
import { parsePublication } from '../../../utils/publications/parse-publication';
import type { Run } from '../../../utils/document/types';

const plain = (raw: string) => parsePublication({ raw, runs: [], sectionHint: null });
const run = (text: string, style: Partial<Run> = {}): Run => ({
  text,
  bold: false,
  italic: false,
  href: null,
  ...style,
});

describe('parsePublication', () => {
  it('reads APA: authors, (year), title, journal', () => {
    const p = plain(
      'Selman, B., & Kautz, H. A. (1996). Knowledge Compilation and Theory Approximation. Journal of the ACM, Vol. 43, No. 2, 193-224.',
    );
    expect(p.authors).toEqual(['Selman, B.', 'Kautz, H. A.']);
    expect(p.title).toBe('Knowledge Compilation and Theory Approximation');
    expect(p.venue).toBe('Journal of the ACM');
    expect(p.year).toBe(1996);
    expect(p.kind).toBe('journal');
  });

  it('reads IEEE with a quoted title', () => {
    const p = plain(
      '[9] J. P. Golden, “Terrain contour matching (TERCOM): A cruise missile guidance aid,” Proc. SPIE, vol. 0238, pp. 10–18, 1980.',
    );
    expect(p.authors).toEqual(['J. P. Golden']);
    expect(p.title).toBe('Terrain contour matching (TERCOM): A cruise missile guidance aid');
    expect(p.venue).toBe('Proc. SPIE');
    expect(p.year).toBe(1980);
  });

  it('reads Vancouver names with initials after the family name', () => {
    const p = plain(
      'Pérez-Higueras JJ, Arias A, de la Macorra JC, Peters OA. Differences in cyclic fatigue resistance. J Endod, Vol. 9, pp. 1477-81.',
    );
    expect(p.authors).toEqual(['Pérez-Higueras JJ', 'Arias A', 'de la Macorra JC', 'Peters OA']);
  });

  it('ends an initials-first author list at the title', () => {
    const p = plain(
      'Barendregt, H. P. The Lambda Calculus: Its Syntax and Semantics. North-Holland, Amsterdam, 1984.',
    );
    expect(p.authors).toEqual(['Barendregt, H. P.']);
    expect(p.title).toBe('The Lambda Calculus: Its Syntax and Semantics');
  });

  it('reads the first name of an initials-first list as a name, not as a title before the authors', () => {
    const p = plain(
      'C. Lind, M. A Osei, P. M. Marek, A. Abara. Whale falls and strategic timing in deep-sea dilemmas. Deep Sea Letters 8:e66490, 2013.',
    );
    expect(p.authors).toEqual(['C. Lind', 'M. A Osei', 'P. M. Marek', 'A. Abara']);
    expect(p.title).toBe('Whale falls and strategic timing in deep-sea dilemmas');
  });

  it('reads a surname-first name before the title as the author, not as a title before the authors', () => {
    const p = plain(
      'Marlowe, Edith. Harbour Lights and Other Stories. Ed. Thomas R. Quill. Boston: Harbor House, 1962.',
    );
    expect(p.authors).toEqual(['Marlowe, Edith']);
    expect(p.title).toBe('Harbour Lights and Other Stories');
  });

  it('uses italic for the title and bold for the candidate in CV entries', () => {
    const p = parsePublication({
      raw: 'U-Clip: On-Average Unbiased Stochastic Gradient Clipping. Bryn Elesedy, Marcus Hutter. Preprint, 2023.',
      runs: [
        run('U-Clip: On-Average Unbiased Stochastic Gradient Clipping.', { italic: true }),
        run(' '),
        run('Bryn Elesedy', { bold: true }),
        run(', Marcus Hutter. Preprint, 2023.'),
      ],
      sectionHint: null,
    });
    expect(p.title).toBe('U-Clip: On-Average Unbiased Stochastic Gradient Clipping');
    expect(p.authors).toEqual(['Bryn Elesedy', 'Marcus Hutter']);
    expect(p.candidateAuthorIndex).toBe(0);
    expect(p.status).toBe('preprint');
    expect(p.kind).toBe('preprint');
  });

  it('keeps a bold own name that ends in an initial inside the author list', () => {
    // The run stops before the initial's period: "**Wysocki, O**., Hoegner, L. and Stilla, U. Title, In: …"
    const raw =
      'Wysocki, O., Hoegner, L. and Stilla, U. MLS2LoD3: Refining building models with point clouds, In: International 3D GeoInfo Conference 2023, 367-380.';
    const p = parsePublication({
      raw,
      runs: [run('Wysocki, O', { bold: true }), run(raw.slice('Wysocki, O'.length))],
      sectionHint: null,
    });
    expect(p.authors).toEqual(['Wysocki, O.', 'Hoegner, L.', 'Stilla, U.']);
    expect(p.title).toBe('MLS2LoD3: Refining building models with point clouds');
  });

  it('reads Markdown emphasis when no runs are given', () => {
    const p = plain(
      '- 7. *Group Symmetry in PAC Learning*. **Bryn Elesedy**. Some Workshop, ICLR 2022 (Spotlight). link',
    );
    expect(p.title).toBe('Group Symmetry in PAC Learning');
    expect(p.authors).toEqual(['Bryn Elesedy']);
    expect(p.candidateAuthorIndex).toBe(0);
    expect(p.notes).toEqual(['Spotlight']);
    expect(p.kind).toBe('workshop');
  });

  it('finds DOI and arXiv ids', () => {
    const p = plain('A. Author and B. Writer. A title here. arXiv:2402.12354, 2024. doi:10.1000/xyz123.');
    expect(p.arxiv).toBe('2402.12354');
    expect(p.doi).toBe('10.1000/xyz123');
  });

  it('never throws', () => {
    for (const raw of ['', ' ', '((((', '****', '“', '2020', 'A.', '.'.repeat(500), 'x'.repeat(10000)]) {
      expect(() => plain(raw)).not.toThrow();
    }
  });
});
