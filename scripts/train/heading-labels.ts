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

/**
 * Which lines are the truth's headings: the longest in-order alignment of the truth's heading list
 * with the lines whose text is that heading (navigation links left out), so a menu entry
 * "Publications" above the real heading does not take its place.
 */
export function alignHeadings(lines: readonly Line[], headings: readonly string[]): boolean[] {
  const keys = lines.map((l) => (isNavigation(l) ? '' : headingKey(l.text)));
  const wanted = headings.map(headingKey);
  const n = lines.length;
  const m = wanted.length;
  // lcs[i][j]: best alignment of lines[i..] with wanted[j..]
  const lcs = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const take = keys[i] !== '' && keys[i] === wanted[j] ? 1 + lcs[i + 1]![j + 1]! : 0;
      lcs[i]![j] = Math.max(take, lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const out = new Array<boolean>(n).fill(false);
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (keys[i] !== '' && keys[i] === wanted[j] && lcs[i]![j] === 1 + lcs[i + 1]![j + 1]!) {
      out[i] = true;
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) i++;
    else j++;
  }
  return out;
}
