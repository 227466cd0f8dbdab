import { buildCells } from './build-cells';
import { combineAccents } from './combine-accents';
import { orderRows } from './find-columns';
import { dominantSize, groupRows } from './group-rows';
import { toPieces } from './to-pieces';
import type { LaidLine, PdfPageInput, Piece } from './types';

/** One page: items → pieces → accents → rows → reading order → lines with cells. */
export function layoutPage(page: PdfPageInput): LaidLine[] {
  const pieces = combineAccents(toPieces(page));
  const placed = orderRows(groupRows(pieces));
  const lines: LaidLine[] = [];
  for (const row of placed) {
    const cells = buildCells(row);
    if (cells.every((c) => !c.text)) continue;
    const first = row.pieces.filter((p) => p.right <= (cells[0]?.right ?? Infinity) + 0.01);
    lines.push({
      cells,
      page: page.page,
      baseline: row.baseline,
      top: Math.min(...row.pieces.map((p) => top(p))),
      x: row.pieces[0]!.x,
      right: Math.max(...row.pieces.map((p) => p.right)),
      size: row.size,
      leadSize: dominantSize(first.length ? first : row.pieces),
      column: row.column,
      inTable: row.inTable,
      tableStart: row.tableStart,
      label: row.label,
      splits: row.splits,
      bound: row.bound,
      pageHeight: page.height,
      heading: false,
      headingLevel: null,
    });
  }
  return lines;
}

function top(p: Piece): number {
  return p.baseline - p.size * p.ascent;
}
