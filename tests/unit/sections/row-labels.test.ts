import { describe, expect, it } from 'vitest';
import { buildCell, buildLine, plainRun } from '../../../utils/document/build-line';
import type { Line } from '../../../utils/document/types';
import type { LinearChainModel } from '../../../utils/learn/linear-chain';
import { documentLineFeatures } from '../../../utils/sections/line-features';
import { groupLinesIntoSections } from '../../../utils/sections/group-lines-into-sections';
import { documentLabelReadings } from '../../../utils/sections/row-label-features';
import { findRowLabels, NO_ROW_LABELS } from '../../../utils/sections/row-label-model';
import { alignHeadings, alignRowLabels } from '../../../scripts/train/heading-labels';
import { trainRowLabelModel } from '../../../scripts/train/row-label-model';
import type { LoadedDocument } from '../../../scripts/train/dev-documents';

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

/** A row-label model that knows one thing: section words alone hanging left of a column head a section. */
const MARGIN_WORDS: LinearChainModel = {
  labels: ['not a label', 'row label'],
  weights: { 'not a label\tbias': 1, 'row label\tlabel:section words in a margin column': 5 },
};

/** A heading model that finds no heading: the rows' labels are left to the row-label model. */
const NO_HEADINGS: LinearChainModel = { labels: ['body', 'heading'], weights: { 'body\tbias': 1 } };

const htmlLine = (texts: string[]): Line =>
  buildLine(
    texts.map((t) => buildCell([plainRun(t)], null, null)),
    { kind: 'line', block: 0, y: null, fontSize: null },
  )!;

const firstReading = (lines: readonly Line[], i: number): readonly string[] =>
  documentLabelReadings(lines)[i]![0]!.features;

describe('row labels: a section label left in one row with its first line', () => {
  it('describes the first cell of a PDF row: its words, its digits, and the column it hangs left of', () => {
    expect(firstReading(MARGIN_CV, 1)).toEqual(
      expect.arrayContaining([
        'label:1 line',
        'label:only section words',
        'label:1-3 words',
        'label:left of body',
        'rest:starts a column',
        'label:section words in a margin column',
        'label:a column of first cells, flush left',
      ]),
    );
    expect(firstReading(MARGIN_CV, 1)).not.toContain('label:digits');
    expect(firstReading(MARGIN_CV, 2)).toContain('label:digits');
    expect(firstReading(MARGIN_CV, 2)).not.toContain('label:only section words');
    // One other row labelled by section words (Appointments) does not yet make a margin-label document.
    expect(firstReading(MARGIN_CV, 1)).not.toContain('document:other rows labelled by section words');
    // A line of one cell is no candidate row.
    expect(documentLabelReadings(MARGIN_CV)[3]).toBeNull();
  });

  it('reads a label wrapped over the label column of the next lines, but not into a date there', () => {
    const lines = [
      row(
        [
          ['Fellowships &', 40],
          ['National Science Foundation', 130],
        ],
        100,
        0,
      ),
      row(
        [
          ['Grants –', 40],
          ['Linking gut microbiota to host nutrients', 130],
        ],
        114,
        1,
      ),
      row(
        [
          ['In Review', 40],
          ['in a resource-limited ecosystem', 130],
        ],
        128,
        2,
      ),
      row(
        [
          ['2019', 40],
          ['Sevilleta Summer Fellowship', 130],
        ],
        142,
        3,
      ),
      row(
        [
          ['Profe-', 40],
          ['Postdoctoral Researcher', 130],
        ],
        170,
        4,
      ),
      row([['ssional', 40]], 184, 4),
    ];
    const readings = documentLabelReadings(lines);
    expect(readings[0]!.map((r) => [r.text, r.lines])).toEqual([
      ['Fellowships &', [0]],
      ['Fellowships & Grants –', [0, 1]],
      ['Fellowships & Grants – In Review', [0, 1, 2]],
    ]);
    expect(readings[0]![0]!.features).toContain('label:stops before a line that could continue it');
    expect(readings[0]![0]!.features).toContain('label:ends in an ampersand or dash');
    expect(readings[1]![0]!.features).toContain('label:continues the label column of the row above');
    expect(readings[4]!.map((r) => r.text)).toEqual(['Profe-', 'Professional']);
  });

  it('leaves an HTML line of several cells (inline parts, x unknown) out of the row-label reading', () => {
    const html = htmlLine(['Education', 'University of Oslo']);
    expect(documentLabelReadings([html])).toEqual([null]);
    expect(findRowLabels([html], MARGIN_WORDS)).toEqual([]);
    expect(alignRowLabels([html], ['Education'])).toEqual([-1]);
  });

  it('gives the heading model no feature of a row’s cells: its training and reading stay those of whole lines', () => {
    const features = documentLineFeatures(MARGIN_CV);
    expect(features.flat().some((f) => f.startsWith('label:') || f.startsWith('row label'))).toBe(false);
  });

  it('aligns the truth’s headings with whole lines for the heading model and with row labels for the row-label model', () => {
    const lines = [row([['Publications', 40]], 40, 7), ...MARGIN_CV];
    const headings = ['Publications', 'Education', 'Appointments'];
    expect(alignHeadings(lines, headings)).toEqual([true, ...new Array<boolean>(11).fill(false)]);
    expect(alignRowLabels(lines, headings)).toEqual([-1, -1, 0, -1, -1, -1, 0, -1, -1, -1, -1, -1]);
  });

  it('takes no row label for a heading that stands as a line of its own', () => {
    const lines = [row([['Education', 40]], 40, 7), ...MARGIN_CV];
    expect(alignRowLabels(lines, ['Education'])).toEqual(new Array<number>(12).fill(-1));
  });

  it('heads a section with a row label’s first cell and keeps the rest of its row as the first line', () => {
    expect(findRowLabels(MARGIN_CV, MARGIN_WORDS)).toEqual([
      { lines: [1], text: 'Education' },
      { lines: [5], text: 'Appointments' },
    ]);
    const sections = groupLinesIntoSections(MARGIN_CV, { heading: NO_HEADINGS, rowLabel: MARGIN_WORDS });
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

  it('finds no row label with the model the models after it are fitted under', () => {
    expect(findRowLabels(MARGIN_CV, MARGIN_WORDS)).toHaveLength(2);
    expect(findRowLabels(MARGIN_CV, NO_ROW_LABELS)).toEqual([]);
  });

  it('heads a section with a wrapped label and keeps each of its lines’ text as the section’s', () => {
    const lines = [
      row(
        [
          ['Research', 40],
          ['Paleoecology, food webs', 130],
        ],
        100,
        0,
      ),
      row(
        [
          ['Interests', 40],
          ['Ecosystem engineering', 130],
        ],
        114,
        1,
      ),
    ];
    const twoLines: LinearChainModel = {
      labels: ['not a label', 'row label'],
      weights: { 'not a label\tbias': 1, 'row label\tlabel:2 lines': 5 },
    };
    expect(findRowLabels(lines, twoLines)).toEqual([{ lines: [0, 1], text: 'Research Interests' }]);
    const sections = groupLinesIntoSections(lines, { heading: NO_HEADINGS, rowLabel: twoLines });
    expect(sections.map((s) => [s.heading, s.lines.map((l) => l.line.text)])).toEqual([
      [null, []],
      ['Research Interests', ['Paleoecology, food webs', 'Ecosystem engineering']],
    ]);
  });

  it('learns from the truth’s headings which rows’ first cells are labels', () => {
    const doc = (id: string): LoadedDocument => ({
      id,
      fromCorpus: true,
      truth: {
        name: 'Jane Doe',
        name_variants: [],
        headings: [
          { text: 'Education', kind: 'education' },
          { text: 'Appointments', kind: 'positions' },
        ],
        publications: [],
        document_kind: 'cv',
        education: [],
        positions: [],
      },
      document: {
        source: { kind: 'pdf', url: null, title: null, pages: 1 },
        lines: [...MARGIN_CV],
        links: [],
        meta: { title: null, author: null, ogTitle: null, description: null, persons: [] },
      },
    });
    const { model, report } = trainRowLabelModel([doc('a'), doc('b')]);
    expect(report).toContain('4 row labels');
    expect(findRowLabels(MARGIN_CV, model).map((l) => l.text)).toEqual(['Education', 'Appointments']);
  });
});
