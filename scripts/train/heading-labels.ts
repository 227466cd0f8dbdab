import type { Line } from '../../utils/document/types';
import { comparisonKey } from '../../utils/document/normalize-text';
import { documentLabelReadings } from '../../utils/sections/row-label-features';

/**
 * Letters and digits only, section numbers dropped, so "E D U C A T I O N", "2. Education:" and
 * "EDUCATION" agree, as do LaTeX's numbered sections "1 Education" and "3.1 Journal Papers" (without
 * this none of the 22 headings of the dev CV moyer matched its truth, so training read them all as
 * body lines).
 */
export const headingKey = (text: string): string =>
  comparisonKey(text.replace(/^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]?|[IVX]{1,4}[.)]|[A-Z][.)])\s+/, '')).replace(
    / /g,
    '',
  );

const isNavigation = (line: Line): boolean =>
  line.cells.every((c) => c.runs.length > 0 && c.runs.every((r) => r.href !== null || !r.text.trim()));

/**
 * The longest in-order alignment of the truth's heading list with the lines, where `keysOf` gives
 * the keys a line can match a heading by, in order of preference ('' matches nothing): for each
 * line, the index of the key it was aligned by, or -1.
 */
function alignByKeys(
  lines: readonly Line[],
  headings: readonly string[],
  keysOf: (line: Line, index: number) => string[],
): number[] {
  const keys = lines.map((l, i) => keysOf(l, i));
  const wanted = headings.map(headingKey);
  const matchOf = (i: number, j: number): number => keys[i]!.findIndex((k) => k !== '' && k === wanted[j]);
  const n = lines.length;
  const m = wanted.length;
  // lcs[i][j]: best alignment of lines[i..] with wanted[j..]
  const lcs = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const take = matchOf(i, j) >= 0 ? 1 + lcs[i + 1]![j + 1]! : 0;
      lcs[i]![j] = Math.max(take, lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const out = new Array<number>(n).fill(-1);
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const match = matchOf(i, j);
    if (match >= 0 && lcs[i]![j] === 1 + lcs[i + 1]![j + 1]!) {
      out[i] = match;
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) i++;
    else j++;
  }
  return out;
}

const lineKey = (line: Line): string => (isNavigation(line) ? '' : headingKey(line.text));

/**
 * Which lines are the truth's headings: the longest in-order alignment of the truth's heading list
 * with the lines whose text is that heading (navigation links left out), so a menu entry
 * "Publications" above the real heading does not take its place.
 */
export function alignHeadings(lines: readonly Line[], headings: readonly string[]): boolean[] {
  return alignByKeys(lines, headings, (l) => [lineKey(l)]).map((match) => match === 0);
}

/**
 * Which reading of each candidate row's label (see documentLabelReadings: its first cell alone, or
 * wrapped over the next lines' label column) is one of the truth's headings, or -1: a margin label
 * the PDF layout left in one row with its section's first line ("Education | University of
 * Melbourne"). The truth's headings are aligned with whole lines and these readings together (a
 * whole line first), so a heading that stands as a line of its own is not taken from a row as well.
 */
export function alignRowLabels(lines: readonly Line[], headings: readonly string[]): number[] {
  const readings = documentLabelReadings(lines);
  const readingKeys = (i: number): string[] =>
    lineKey(lines[i]!) === '' ? [] : (readings[i] ?? []).map((r) => headingKey(r.text));
  return alignByKeys(lines, headings, (l, i) => [lineKey(l), ...readingKeys(i)]).map((match) =>
    match >= 1 ? match - 1 : -1,
  );
}
