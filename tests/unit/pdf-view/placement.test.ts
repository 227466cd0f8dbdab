import { describe, expect, it } from 'vitest';
import { foldRuns, lineFrom, placeBadges } from '../../../components/pdf-view/logic/placement';
import { runsOfPage, sameLine, type TextRun } from '../../../components/pdf-view/logic/runs';

/** A run on a 10pt line: `line` 0 is at top 100, each next line 12pt lower. */
function run(
  page: number,
  index: number,
  str: string,
  left: number,
  line: number,
  width = str.length * 5,
): TextRun {
  const top = 100 + 12 * line;
  return { page, index, str, left, right: left + width, top, bottom: top + 10 };
}

const ENTRY_A =
  'Group Symmetry in PAC Learning. Bryn Elesedy. Geometrical and Topological Representation Learning Workshop, ICLR 2022.';
const ENTRY_B =
  'U-Clip: On-Average Unbiased Stochastic Gradient Clipping. Bryn Elesedy, Marcus Hutter. Preprint, 2023.';

/** Two entries as a PDF lays them out: wrapped lines, a space run, the second entry on one line. */
function page(): TextRun[] {
  return [
    run(1, 0, 'Publications', 50, 0),
    run(1, 1, 'Group Symmetry in PAC Learning. ', 50, 1),
    run(1, 2, 'Bryn Elesedy', 210, 1),
    run(1, 3, '. Geometrical and Topological', 270, 1),
    run(1, 4, ' ', 415, 1),
    run(1, 5, 'Representation Learning Workshop, ICLR 2022.', 50, 2),
    run(1, 6, ENTRY_B, 50, 3),
  ];
}

describe('runsOfPage', () => {
  it('turns PDF text matrices into top-left page boxes', () => {
    const [r] = runsOfPage(2, [{ str: 'Hi', transform: [10, 0, 0, 10, 72, 700], width: 12 }], {
      pageWidth: 612,
      pageHeight: 792,
      pageX: 0,
      pageY: 0,
    });
    expect(r).toMatchObject({ page: 2, index: 0, left: 72, right: 84 });
    expect(r?.top).toBeCloseTo(92 - 8);
    expect(r?.bottom).toBeCloseTo(92 + 2);
  });
});

describe('lines', () => {
  it('groups runs sharing most of their height, and not across pages', () => {
    const runs = page();
    expect(sameLine(runs[1] as TextRun, runs[3] as TextRun)).toBe(true);
    expect(sameLine(runs[1] as TextRun, runs[5] as TextRun)).toBe(false);
    expect(sameLine(run(1, 0, 'a', 0, 0), run(2, 0, 'a', 0, 0))).toBe(false);
    expect(lineFrom(runs, 1).map((r) => r.index)).toEqual([1, 2, 3]);
  });

  it('folds runs with the run each character came from', () => {
    const folded = foldRuns([run(1, 0, 'Ab, ', 0, 0), run(1, 1, 'Ç-d', 0, 0)]);
    expect(folded.text).toBe('abcd');
    expect(folded.owners).toEqual([0, 0, 1, 1]);
  });
});

describe('placeBadges', () => {
  it('puts each badge at the right edge of its entry’s first line, centred on it', () => {
    const placements = placeBadges(page(), [{ raw: ENTRY_A }, { raw: ENTRY_B }]);
    expect(placements).toHaveLength(2);
    const [a, b] = placements;
    expect(a).toMatchObject({ item: 0, page: 1, left: 270 + 29 * 5, middle: 112 + 5 });
    // Blank runs carry no text to mark.
    expect(a?.runs.map((r) => r.index)).toEqual([1, 2, 3, 5]);
    expect(b).toMatchObject({ item: 1, left: 50 + ENTRY_B.length * 5, middle: 136 + 5 });
    expect(b?.runs.map((r) => r.index)).toEqual([6]);
  });

  it('finds an entry from its start when the rest of the raw text differs', () => {
    const [a] = placeBadges(page(), [
      { raw: 'Group Symmetry in PAC Learning. Bryn Elesedy. Some other venue text' },
    ]);
    expect(a?.left).toBe(270 + 29 * 5);
    // The entry's extent stops where its raw length ends, well before the next entry.
    expect(a?.runs.map((r) => r.index)).not.toContain(6);
  });

  it('falls back to the title, and gives no badge to an entry not in the document', () => {
    const placements = placeBadges(page(), [
      { raw: '[3] Elesedy, B. (2022) something else entirely here', title: 'Group Symmetry in PAC Learning' },
      { raw: 'A paper this CV does not list anywhere at all, by nobody.' },
    ]);
    expect(placements.map((p) => p.item)).toEqual([0]);
  });

  it('gives a paper listed twice both of its entries', () => {
    const runs = [...page(), run(2, 0, ENTRY_B, 50, 0)];
    const placements = placeBadges(runs, [{ raw: ENTRY_B }, { raw: ENTRY_B }]);
    expect(placements.map((p) => p.page)).toEqual([1, 2]);
  });

  it('keeps an entry that continues on the next page whole', () => {
    const runs = [
      run(1, 0, 'Lottery Tickets in Linear Models: An Analysis', 50, 40),
      run(2, 0, 'of Iterative Magnitude Pruning.', 50, 0),
    ];
    const [p] = placeBadges(runs, [
      { raw: 'Lottery Tickets in Linear Models: An Analysis of Iterative Magnitude Pruning.' },
    ]);
    expect(p?.page).toBe(1);
    expect(p?.runs.map((r) => `${r.page}:${r.index}`)).toEqual(['1:0', '2:0']);
  });
});
