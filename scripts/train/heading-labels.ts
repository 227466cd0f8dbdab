import type { Line } from '../../utils/document/types';
import { comparisonKey } from '../../utils/document/normalize-text';

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

/** A line's gold label for the heading model: 0 body, 1 heading, 2 row label (see HEADING_LABELS). */
export type HeadingGold = 0 | 1 | 2;

/**
 * Which lines are the truth's headings: the longest in-order alignment of the truth's heading list
 * with the lines whose text is that heading (navigation links left out), so a menu entry
 * "Publications" above the real heading does not take its place. A line whose first cell alone is
 * the heading (a margin label the layout left in one row with its first entry) is a row label.
 */
export function alignHeadings(lines: readonly Line[], headings: readonly string[]): HeadingGold[] {
  const keys = lines.map((l) => (isNavigation(l) ? '' : headingKey(l.text)));
  const cellKeys = lines.map((l, i) =>
    keys[i] === '' || l.cells.length < 2 || l.cells[0]!.x === null ? '' : headingKey(l.cells[0]!.text),
  );
  const wanted = headings.map(headingKey);
  const match = (i: number, j: number): HeadingGold => {
    if (keys[i] !== '' && keys[i] === wanted[j]) return 1;
    return cellKeys[i] !== '' && cellKeys[i] === wanted[j] ? 2 : 0;
  };
  const n = lines.length;
  const m = wanted.length;
  // lcs[i][j]: best alignment of lines[i..] with wanted[j..]
  const lcs = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const take = match(i, j) !== 0 ? 1 + lcs[i + 1]![j + 1]! : 0;
      lcs[i]![j] = Math.max(take, lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const out = new Array<HeadingGold>(n).fill(0);
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const label = match(i, j);
    if (label !== 0 && lcs[i]![j] === 1 + lcs[i + 1]![j + 1]!) {
      out[i] = label;
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) i++;
    else j++;
  }
  return out;
}
