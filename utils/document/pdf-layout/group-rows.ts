import type { Piece, Row } from './types';

/** Dominant font size of pieces, weighted by characters (a 22pt name and 9pt body both count). */
export function dominantSize(pieces: Piece[]): number {
  const weight = new Map<number, number>();
  for (const p of pieces) {
    const key = Math.round(p.size * 4) / 4;
    weight.set(key, (weight.get(key) ?? 0) + p.text.length);
  }
  let best = 0;
  let bestWeight = -1;
  for (const [size, w] of weight) if (w > bestWeight) [best, bestWeight] = [size, w];
  return best;
}

function makeRow(pieces: Piece[]): Row {
  const sorted = [...pieces].sort((a, b) => a.x - b.x);
  const size = dominantSize(sorted);
  // The baseline of the main text, not of a superscript that happens to come first.
  const main = sorted.filter((p) => Math.abs(p.size - size) < 0.5);
  const baseline =
    (main.length ? main : sorted).reduce((s, p) => s + p.baseline, 0) / (main.length || sorted.length);
  return { pieces: sorted, baseline, size };
}

/**
 * Drops a piece printed twice at (almost) the same spot: some generators fake bold by
 * overprinting; the copy is the evidence of bold, not more text.
 */
function dropOverprints(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    const twin = out.find(
      (q) =>
        q.text === p.text &&
        Math.abs(q.x - p.x) < p.size * 0.2 &&
        Math.abs(q.baseline - p.baseline) < p.size * 0.2,
    );
    if (twin) twin.bold = true;
    else out.push(p);
  }
  return out;
}

/**
 * Clusters pieces into rows by baseline, then folds superscripts and subscripts (smaller
 * text a little above or below, touching text of the row) into the row they belong to.
 */
export function groupRows(input: Piece[]): Row[] {
  const pieces = dropOverprints(input).sort((a, b) => a.baseline - b.baseline || a.x - b.x);
  const clusters: Piece[][] = [];
  let current: Piece[] = [];
  let anchor = 0;
  for (const p of pieces) {
    if (current.length && Math.abs(p.baseline - anchor) <= Math.min(p.size, current[0]!.size) * 0.25) {
      current.push(p);
    } else {
      if (current.length) clusters.push(current);
      current = [p];
      anchor = p.baseline;
    }
  }
  if (current.length) clusters.push(current);
  const rows = clusters.map(makeRow);
  return foldScripts(rows);
}

function touches(p: Piece, row: Row): boolean {
  const reach = row.size * 0.6;
  return row.pieces.some((q) => p.x <= q.right + reach && p.right >= q.x - reach);
}

function foldScripts(rows: Row[]): Row[] {
  for (let i = 0; i < rows.length; i++) {
    const small = rows[i]!;
    const neighbours = [rows[i - 1], rows[i + 1]].filter(
      (r): r is Row => r !== undefined && r.pieces.length > 0,
    );
    for (const host of neighbours) {
      if (small.pieces.length === 0) break;
      // A superscript rises up to about half the host's size; a subscript drops a third at most.
      // Smaller text further below is a line of its own (a subtitle under a large name).
      const drop = small.baseline - host.baseline;
      if (small.size > host.size * 0.85 || drop < -host.size * 0.6 || drop > host.size * 0.35) continue;
      const moving = small.pieces.filter((p) => touches(p, host));
      if (moving.length === 0) continue;
      const next = makeRow([...host.pieces, ...moving]);
      host.pieces = next.pieces;
      small.pieces = small.pieces.filter((p) => !moving.includes(p));
    }
  }
  return rows.filter((r) => r.pieces.length > 0).map((r) => makeRow(r.pieces));
}
