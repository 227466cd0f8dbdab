import type { Piece, Row } from './types';

/**
 * Right-aligned cells: dates pushed to the right margin of a Word or HTML table, or by a
 * \hfill in LaTeX. Their left edges vary with the text's width, so they share no left edge a
 * gutter could be found at; what they share is their right edge. A band of such rows has its
 * gutter at the left edge of the widest of them (the smallest x), and every other text of the
 * band must stop short of it.
 */

/** A right-aligned cell stands at least this far (in em) from the text before it. */
const GAP = 1;
/** Right edges within this distance (points) are aligned. */
const ALIGN = 1.5;

export interface RightRun {
  start: number;
  end: number;
  cut: number;
}

/** The last cell of a row, when it stands apart from the rest: its pieces and what precedes it. */
function trailingCell(row: Row): { cell: Piece[]; rest: Piece[] } | null {
  for (let i = row.pieces.length - 1; i > 0; i--) {
    if (row.pieces[i]!.x - row.pieces[i - 1]!.right >= GAP * row.size)
      return { cell: row.pieces.slice(i), rest: row.pieces.slice(0, i) };
  }
  return null;
}

const rightEdge = (pieces: Piece[]): number => Math.max(...pieces.map((p) => p.right));

/** Right edges shared by the trailing cells of at least three rows. */
function alignedEdges(rows: Row[]): number[] {
  const edges = rows
    .map(trailingCell)
    .filter((t) => t !== null)
    .map((t) => rightEdge(t.cell))
    .sort((a, b) => b - a);
  const out: number[] = [];
  let group: number[] = [];
  const flush = (): void => {
    if (group.length >= 3) out.push(group[0]!);
    group = [];
  };
  for (const e of edges) {
    if (group.length && group[0]! - e > ALIGN) flush();
    group.push(e);
  }
  flush();
  return out;
}

/**
 * Maximal runs of consecutive rows that fit one right-aligned column ending at `edge`: a row
 * either ends with a cell aligned there or has no text near it, and all text left of the
 * column stops at least 0.75 em before the column's left edge.
 */
function runsAt(rows: Row[], edge: number): RightRun[] {
  const runs: RightRun[] = [];
  let start = 0;
  let cut = Infinity;
  let reach = -Infinity;
  const close = (end: number): void => {
    if (cut < Infinity && end - start >= 3) runs.push({ start, end, cut });
  };
  rows.forEach((row, i) => {
    const t = trailingCell(row);
    const aligned = t !== null && Math.abs(rightEdge(t.cell) - edge) <= ALIGN;
    const rest = aligned ? t.rest : row.pieces;
    const rowReach = rest.length ? rightEdge(rest) : -Infinity;
    const rowCut = aligned ? t.cell[0]!.x : Infinity;
    const gap = 0.75 * row.size;
    if (Math.max(reach, rowReach) <= Math.min(cut, rowCut) - gap) {
      reach = Math.max(reach, rowReach);
      cut = Math.min(cut, rowCut);
      return;
    }
    close(i);
    // The row that broke the run may start the next one.
    start = i;
    cut = rowCut;
    reach = rowReach;
    if (rowReach > rowCut - gap) {
      start = i + 1;
      cut = Infinity;
      reach = -Infinity;
    }
  });
  close(rows.length);
  return runs;
}

/** Candidate bands of right-aligned cells, for every shared right edge. */
export function rightAlignedRuns(rows: Row[]): RightRun[] {
  return alignedEdges(rows).flatMap((edge) => runsAt(rows, edge));
}
