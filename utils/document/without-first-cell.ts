import { collapseWhitespace } from './normalize-text';
import type { Line } from './types';

/**
 * The line without its first cell (a label set before the row's text, in a margin column or a
 * table's first column), or null when that cell was all the line held.
 */
export function withoutFirstCell(line: Line): Line | null {
  const cells = line.cells.slice(1);
  if (cells.length === 0) return null;
  return { ...line, cells, text: collapseWhitespace(cells.map((c) => c.text).join(' ')) };
}
