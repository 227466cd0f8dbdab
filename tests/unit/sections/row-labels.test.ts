import { describe, expect, it } from 'vitest';
import { buildCell, buildLine, plainRun } from '../../../utils/document/build-line';
import type { Line } from '../../../utils/document/types';
import type { LinearChainModel } from '../../../utils/learn/linear-chain';
import { documentLineFeatures } from '../../../utils/sections/line-features';
import { groupLinesIntoSections } from '../../../utils/sections/group-lines-into-sections';
import { alignHeadings } from '../../../scripts/train/heading-labels';

/** A PDF line of cells, each given as its text and left edge. */
function row(cells: [string, number][], y: number, block: number): Line {
  return buildLine(
    cells.map(([text, x]) => buildCell([plainRun(text)], x, x + text.length * 5)),
    { kind: 'line', block, y, fontSize: 11 },
  )!;
}

/** A margin-label CV the layout left in rows: each label beside its section's first line. */
const MARGIN_CV = [
  row([['Jane Doe', 40]], 60, 0),
  row(
    [
      ['Education', 40],
      ['University of Melbourne, Australia', 130],
    ],
    100,
    1,
  ),
  row(
    [
      ['2005–2008', 40],
      ['PhD, Department of Computer Science.', 130],
    ],
    114,
    2,
  ),
  row([['Thesis on particle filters', 130]], 128, 3),
  row([['Advisor: Professor James McCaw', 130]], 142, 3),
  row(
    [
      ['Appointments', 40],
      ['University of Melbourne, Australia', 130],
    ],
    160,
    4,
  ),
  row(
    [
      ['2019–', 40],
      ['Senior Research Fellow.', 130],
    ],
    174,
    5,
  ),
  row([['Supervised four students', 130]], 188, 6),
  row([['Taught epidemiology', 130]], 202, 6),
  row([['Convened a research network', 130]], 216, 6),
  row([['Reviewed for three journals', 130]], 230, 6),
];

describe('row labels: a section label left in one row with its first line', () => {
  it('describes the first cell of a row: its words, its digits, and the column it hangs left of', () => {
    const features = documentLineFeatures(MARGIN_CV);
    expect(features[1]).toEqual(
      expect.arrayContaining([
        'row label:only section words',
        'row label:1-3 words',
        'row label:left of body',
        'row label:rest starts a column',
        'row label:section words in a margin column',
      ]),
    );
    expect(features[1]).not.toContain('row label:digits');
    expect(features[2]).toContain('row label:digits');
    expect(features[2]).not.toContain('row label:only section words');
    // A line of one cell has no row label to describe.
    expect(features[3]!.some((f) => f.startsWith('row label:'))).toBe(false);
  });

  it('leaves an HTML line of several cells (no columns, x unknown) out of the row-label reading', () => {
    const html = buildLine(
      [
        buildCell([plainRun('Education')], null, null),
        buildCell([plainRun('University of Oslo')], null, null),
      ],
      {
        kind: 'line',
        block: 0,
        y: null,
        fontSize: null,
      },
    )!;
    expect(documentLineFeatures([html])[0]!.some((f) => f.startsWith('row label:'))).toBe(false);
    expect(alignHeadings([html], ['Education'])).toEqual([0]);
  });

  it('labels a row whose first cell is a truth heading as a row label in training, a whole line as a heading', () => {
    const lines = [row([['Publications', 40]], 40, 7), ...MARGIN_CV];
    expect(alignHeadings(lines, ['Publications', 'Education', 'Appointments'])).toEqual([
      1, 0, 2, 0, 0, 0, 2, 0, 0, 0, 0, 0,
    ]);
  });

  it('heads a section with a row label’s first cell and keeps the rest of its row as the first line', () => {
    const rowLabels: LinearChainModel = {
      labels: ['body', 'heading', 'row label'],
      weights: { 'body\tbias': 1, 'row label\trow label:only section words': 5 },
    };
    const sections = groupLinesIntoSections(MARGIN_CV, rowLabels);
    expect(sections.map((s) => [s.heading, s.kinds])).toEqual([
      [null, ['header']],
      ['Education', ['education']],
      ['Appointments', ['positions']],
    ]);
    expect(sections[1]!.lines.map((l) => l.line.text)).toEqual([
      'University of Melbourne, Australia',
      '2005–2008 PhD, Department of Computer Science.',
      'Thesis on particle filters',
      'Advisor: Professor James McCaw',
    ]);
  });
});
