import type { Cell, Line } from '../document/types';
import { wordCount } from '../document/line-style';
import { memoHeadingWording, type WordingMatch } from './match-heading-wording';

/** Left and right edges are compared rounded to this many points. */
const EDGE_STEP = 4;
const edge = (x: number): number => Math.round(x / EDGE_STEP) * EDGE_STEP;

/** An edge is a column when at least this many lines (or rows) share it. */
const COLUMN_LINES = 3;

/** A cell standing in a PDF column: its left and right edges are known. */
type PlacedCell = Cell & { x: number; right: number };

const placed = (cell: Cell | undefined): cell is PlacedCell =>
  cell !== undefined && cell.x !== null && cell.right !== null;

/**
 * A row the row-label model reads: a PDF line of several cells, whose first cell could be a section
 * label set in a margin column beside its section's first line ("Education | University of
 * Melbourne"). An HTML line's cells are its inline parts, not columns, so it is never one.
 */
export function isRowLabelCandidate(line: Line): boolean {
  return line.cells.length >= 2 && placed(line.cells[0]) && placed(line.cells[1]);
}

/** A label wraps over at most this many lines. */
const MAX_LABEL_LINES = 3;
/** A label's lines follow each other at most this many usual line gaps apart. */
const WRAP_GAPS = 1.6;

/**
 * The lines a candidate row's label is set on: the row itself, then each following line whose first
 * cell stands in the same label column (flush left or flush right with the row's first cell, ending
 * before the row's text starts), a line gap or less below, without digits (a date in the label
 * column starts an entry, it does not continue a label) — "Fellowships &" / "Grants –" / "In Review".
 */
function labelLines(lines: readonly Line[], i: number, lineGap: number | null): number[] {
  const first = lines[i]!.cells[0] as PlacedCell;
  const textFrom = (lines[i]!.cells[1] as PlacedCell).x;
  const out = [i];
  for (let j = i + 1; j < lines.length && out.length < MAX_LABEL_LINES; j++) {
    const line = lines[j]!;
    const previous = lines[j - 1]!;
    const cell = line.cells[0];
    if (!placed(cell) || line.page !== previous.page || line.y === null || previous.y === null) break;
    const aligned =
      Math.abs(cell.x - first.x) <= EDGE_STEP || Math.abs(cell.right - first.right) <= EDGE_STEP;
    const near = line.y > previous.y && (lineGap === null || line.y - previous.y <= lineGap * WRAP_GAPS);
    if (!aligned || !near || cell.right >= textFrom || /\d/.test(cell.text)) break;
    out.push(j);
  }
  return out;
}

/** A label's text from its lines' first cells, a word broken by a hyphen at a line's end joined again. */
function labelText(lines: readonly Line[], at: readonly number[]): string {
  return at
    .map((j) => lines[j]!.cells[0]!.text.trim())
    .reduce((text, part) => (/\p{L}-$/u.test(text) ? text.slice(0, -1) + part : `${text} ${part}`));
}

/** The letters that have a case. */
const letters = (text: string): string => text.replace(/[^\p{Lu}\p{Ll}\p{Lt}]/gu, '');

const countBy = (values: number[]): Map<number, number> => {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
};

/** Facts about the whole document a row's first cell is measured against. */
interface RowContext {
  /** How many lines start at each (rounded) left edge. */
  lineStarts: ReadonlyMap<number, number>;
  /** The left edge most lines start at, or null. */
  bodyLeft: number | null;
  /** How many candidate rows' first cells start, and end, at each (rounded) edge. */
  firstCellLefts: ReadonlyMap<number, number>;
  firstCellRights: ReadonlyMap<number, number>;
  /** How many candidate rows' first cells are section words alone. */
  sectionWordRows: number;
  /** The usual distance between consecutive lines of a page, or null. */
  lineGap: number | null;
  wording: (text: string) => WordingMatch;
}

function mostCommon(counts: ReadonlyMap<number, number>): number | null {
  let best: number | null = null;
  let most = 0;
  for (const [v, n] of counts)
    if (n > most || (n === most && best !== null && v < best)) [best, most] = [v, n];
  return best;
}

function rowContext(lines: readonly Line[]): RowContext {
  const wording = memoHeadingWording();
  const lefts = lines.flatMap((l) =>
    l.cells[0]?.x === null || l.cells[0] === undefined ? [] : [edge(l.cells[0].x)],
  );
  const lineStarts = countBy(lefts);
  const firstCells = lines.filter(isRowLabelCandidate).map((l) => l.cells[0] as PlacedCell);
  const gaps: number[] = [];
  lines.forEach((line, i) => {
    const prev = lines[i - 1];
    if (prev && prev.page === line.page && line.y !== null && prev.y !== null && line.y > prev.y)
      gaps.push(Math.round(line.y - prev.y));
  });
  return {
    lineStarts,
    bodyLeft: mostCommon(lineStarts),
    firstCellLefts: countBy(firstCells.map((c) => edge(c.x))),
    firstCellRights: countBy(firstCells.map((c) => edge(c.right))),
    sectionWordRows: firstCells.filter((c) => wording(c.text.trim()).exact).length,
    lineGap: mostCommon(countBy(gaps)),
    wording,
  };
}

/** One reading of a candidate row's label: the lines it is set on (the row first) and their features. */
export interface LabelReading {
  lines: readonly number[];
  text: string;
  features: readonly string[];
}

/**
 * The named features of one reading of a candidate row's label (its first cell, or that cell with
 * the label-column cells of the next lines): its words and look, and the geometry of a label column
 * — whether it hangs left of the body, whether the rest of the row starts a column other lines start
 * at, whether other rows' first cells share its left or right edge (labels set flush left or flush
 * right in a margin), how far it stands from the rest, how many lines it takes and whether it stops
 * before a line that could continue it, and whether other rows are labelled by section words too.
 */
function readingFeatures(
  lines: readonly Line[],
  at: readonly number[],
  text: string,
  wrap: readonly number[],
  continuesAbove: boolean,
  ctx: RowContext,
): string[] {
  const line = lines[at[0]!]!;
  const first = line.cells[0] as PlacedCell;
  const second = line.cells[1] as PlacedCell;
  const last = lines[at[at.length - 1]!]!.cells[0]!.text.trim();
  const wording = ctx.wording(text);
  const out = ['bias', `label:${at.length} line${at.length > 1 ? 's' : ''}`];
  if (at.length < wrap.length) out.push('label:stops before a line that could continue it');
  if (continuesAbove) out.push('label:continues the label column of the row above');
  if (wording.kinds.length > 0) out.push('label:names a section');
  if (wording.exact) out.push('label:only section words');
  out.push(wordCount(text) <= 3 ? 'label:1-3 words' : 'label:4+ words');
  if (/\d/.test(first.text)) out.push('label:digits');
  const runs = first.runs.filter((r) => r.text.trim());
  if (runs.length > 0 && runs.every((r) => r.bold)) out.push('label:bold');
  const l = letters(text);
  if (l.length >= 3 && l === l.toUpperCase()) out.push('label:capitals');
  if (/[:：]$/.test(last)) out.push('label:ends in a colon');
  if (/[&–—-]$/.test(last)) out.push('label:ends in an ampersand or dash');
  if (at.length === 1 && ctx.wording(line.text).exact) out.push('line:only section words');
  const hangs = ctx.bodyLeft !== null && first.x < ctx.bodyLeft - 12;
  if (hangs) out.push('label:left of body');
  const column = (ctx.lineStarts.get(edge(second.x)) ?? 0) >= COLUMN_LINES;
  if (column) out.push('rest:starts a column');
  if ((ctx.firstCellLefts.get(edge(first.x)) ?? 0) >= COLUMN_LINES)
    out.push('label:a column of first cells, flush left');
  if ((ctx.firstCellRights.get(edge(first.right)) ?? 0) >= COLUMN_LINES)
    out.push('label:a column of first cells, flush right');
  const gap = second.x - first.right;
  out.push(gap >= 24 ? 'gap to rest:wide' : gap >= 8 ? 'gap to rest:some' : 'gap to rest:narrow');
  const others = ctx.sectionWordRows - (ctx.wording(first.text.trim()).exact ? 1 : 0);
  if (others >= 2) out.push('document:other rows labelled by section words');
  const prev = lines[at[0]! - 1];
  if (!prev || prev.page !== line.page) out.push('above:page start');
  else if (line.y !== null && prev.y !== null && ctx.lineGap && (line.y - prev.y) / ctx.lineGap > WRAP_GAPS)
    out.push('above:wide gap');
  // Conjunctions a linear model cannot build: section words alone, beside or hanging left of a column.
  const sectionWords = wording.exact && !/\d/.test(text);
  if (sectionWords && (hangs || column)) out.push('label:section words beside a column');
  if (sectionWords && hangs && column) out.push('label:section words in a margin column');
  return out;
}

/** Each candidate row's readings: its first cell alone, then with each further line its label may wrap to. */
function rowReadings(lines: readonly Line[], ctx: RowContext): (readonly LabelReading[] | null)[] {
  const wraps = lines.map((line, i) =>
    isRowLabelCandidate(line) ? labelLines(lines, i, ctx.lineGap) : null,
  );
  return wraps.map((wrap, i) => {
    if (!wrap) return null;
    const continuesAbove = wraps[i - 1]?.includes(i) ?? false;
    return wrap.map((_, k) => {
      const at = wrap.slice(0, k + 1);
      const text = labelText(lines, at);
      return { lines: at, text, features: readingFeatures(lines, at, text, wrap, continuesAbove, ctx) };
    });
  });
}

const readingsRead = new WeakMap<readonly Line[], readonly (readonly LabelReading[] | null)[]>();

/**
 * For each line of a document, the readings of its label if it is a candidate row, or null. Kept
 * while the lines array lives: training and crossval read one document's sections under several
 * models.
 */
export function documentLabelReadings(lines: readonly Line[]): readonly (readonly LabelReading[] | null)[] {
  let readings = readingsRead.get(lines);
  if (!readings) {
    readings = lines.some(isRowLabelCandidate)
      ? rowReadings(lines, rowContext(lines))
      : lines.map(() => null);
    readingsRead.set(lines, readings);
  }
  return readings;
}
