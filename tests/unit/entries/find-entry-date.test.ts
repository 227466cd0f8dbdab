import { describe, expect, it } from 'vitest';
import { buildCell, buildLine, plainRun } from '../../../utils/document/build-line';
import type { Line } from '../../../utils/document/types';
import { findEntryDate } from '../../../utils/entries/find-entry-date';

/** A laid-out line of cells, each at its x. */
const line = (...cells: [number, string][]): Line =>
  buildLine(
    cells.map(([x, text]) => buildCell([plainRun(text)], x)),
    { kind: 'line', block: 1, fontSize: 10, y: 100 },
  )!;

const dates = (lines: Line[]): [unknown, unknown, unknown] => {
  const range = findEntryDate(lines)?.range;
  return [range?.start, range?.end, range?.single];
};

describe('an entry date in a date column', () => {
  it('reads a range wrapped onto two lines of the column, end above start (yaac)', () => {
    const lines = [
      line([53, 'Dec 2025'], [110, 'PhD in Astrophysics, University of Padua']),
      line([52, 'Oct 2022'], [110, 'Thesis: Binary compact object populations']),
    ];
    expect(dates(lines)).toEqual(['2022-10', '2025-12', false]);
  });

  it('reads it start above end too', () => {
    const lines = [line([50, '2019'], [110, 'Postdoc, University X']), line([50, '2021'], [110, 'Lyon'])];
    expect(dates(lines)).toEqual(['2019', '2021', false]);
  });

  it('keeps one date when the line below has no date in the column, or a range already stands', () => {
    expect(
      dates([line([50, '2018'], [110, 'PhD, Neuroscience']), line([110, 'Case Western, 2014'])]),
    ).toEqual(['2018', '2018', true]);
    expect(dates([line([50, '2016 – 2019'], [110, 'MSc']), line([50, '2014'], [110, 'Thesis'])])).toEqual([
      '2016',
      '2019',
      false,
    ]);
  });
});
