import { dominantSize } from './group-rows';
import { rightAlignedRuns } from './right-columns';
import type { Piece, PlacedRow, Row } from './types';

/**
 * Reading order and table columns. A vertical gutter is an x where, over a run of consecutive
 * rows (a band), no text crosses and text lies on both sides. Such a band is either
 *  - a table: a narrow, short-texted side (dates, years) aligned row by row with the other
 *    (moderncv, the Elesedy seed): rows stay whole and cells are cut at the gutter; or
 *  - two independent columns (altacv, two-column Word templates): rows on each side have their
 *    own baselines; the left column is read before the right one.
 * A table's short side is its label: a row with text there starts a new table row, and a row
 * with text only on the other side continues the row above (a title wrapping beside its date).
 * Gutters are found at shared left edges, and at the left edge of right-aligned cells (dates
 * pushed to the right margin, whose left edges vary; see right-columns).
 * When neither fits (say, short headings at the left margin above indented text), the band is
 * ignored and rows are read top to bottom.
 */

interface Band {
  start: number;
  end: number;
  cut: number;
  kind: Kind;
}

/** A table whose label (dates) side is left or right of the gutter, or independent columns. */
type Kind = 'left' | 'right' | 'columns';

const isMarker = (text: string): boolean =>
  /^(?:[•·▪▫◦‣⁃●○■□◆◇✦✧★☆►▶➢➤→⋆∗*–—-]|\(?[0-9]{1,3}[.)]|\[[0-9]{1,3}\]|[a-z][.)])$/u.test(text);

const leftOf = (row: Row, cut: number): Piece[] => row.pieces.filter((p) => p.x < cut - 0.5);
const rightOf = (row: Row, cut: number): Piece[] => row.pieces.filter((p) => p.x >= cut - 0.5);

/** Left edges where a column could start: first pieces of rows and pieces after a wide gap. */
function candidateCuts(rows: Row[]): number[] {
  const starts: number[] = [];
  for (const row of rows) {
    row.pieces.forEach((p, i) => {
      const prev = row.pieces[i - 1];
      if (!prev || p.x - prev.right >= row.size * 0.6) starts.push(p.x);
    });
  }
  starts.sort((a, b) => a - b);
  const cuts: number[] = [];
  let group: number[] = [];
  const flush = (): void => {
    if (group.length >= 3) cuts.push(group[0]!);
    group = [];
  };
  for (const x of starts) {
    if (group.length && x - group[0]! > 1.5) flush();
    group.push(x);
  }
  flush();
  const margin = Math.min(...rows.map((r) => r.pieces[0]!.x));
  return cuts.filter((c) => c > margin + 1);
}

function sideText(pieces: Piece[]): string {
  return pieces.map((p) => p.text).join(' ');
}

/** Table band or independent columns, from how the two sides' rows line up. */
function classify(rows: Row[], cut: number): Kind | null {
  const left = rows.map((r) => leftOf(r, cut));
  const right = rows.map((r) => rightOf(r, cut));
  const leftRows = left.filter((l) => l.length).length;
  const rightRows = right.filter((r) => r.length).length;
  if (leftRows < 2 || rightRows < 2) return null;
  // A column of bullets or numbers is a list, not a layout.
  if (left.every((l) => l.length === 0 || isMarker(sideText(l)))) return null;
  const paired = rows.filter((_, i) => left[i]!.length && right[i]!.length).length;
  const pairRatio = paired / Math.min(leftRows, rightRows);
  const extent = (ps: Piece[][]): number => {
    const all = ps.flat();
    return all.length ? Math.max(...all.map((p) => p.right)) - Math.min(...all.map((p) => p.x)) : 0;
  };
  const total =
    Math.max(...rows.flatMap((r) => r.pieces.map((p) => p.right))) -
    Math.min(...rows.map((r) => r.pieces[0]!.x));
  const labelLike = (side: Piece[][]): boolean => {
    const texts = side
      .filter((s) => s.length)
      .map((s) => sideText(s).length)
      .sort((a, b) => a - b);
    return extent(side) <= total * 0.3 && (texts[Math.floor(texts.length / 2)] ?? 0) <= 30;
  };
  if (pairRatio >= 0.6) {
    // Both sides short (a skills table): the left one marks rows, as it always did.
    if (labelLike(left)) return 'left';
    if (labelLike(right)) return 'right';
  }
  // Independent columns: rows of the sparser side sit beside text of the other side, at other
  // baselines. Headings alone at the margin have nothing beside them.
  const sparse = leftRows <= rightRows ? left : right;
  const dense = leftRows <= rightRows ? right : left;
  let beside = 0;
  let alone = 0;
  sparse.forEach((s, i) => {
    if (!s.length) return;
    const size = dominantSize(s);
    const near = rows.some(
      (r, j) => dense[j]!.length > 0 && Math.abs(r.baseline - rows[i]!.baseline) < size * 1.1,
    );
    if (near) beside++;
    else alone++;
  });
  if (leftRows >= 3 && rightRows >= 3 && beside >= 2 * alone) return 'columns';
  return null;
}

function crossed(row: Row, cut: number): boolean {
  const gap = row.size * 0.75;
  return row.pieces.some((p) => p.x < cut - 0.5 && p.right > cut - gap);
}

function findBand(rows: Row[]): Band | null {
  if (rows.length < 3) return null;
  let best: Band | null = null;
  const consider = (start: number, end: number, cut: number, only?: Kind): void => {
    if (end - start < 3 || (best && end - start <= best.end - best.start)) return;
    const kind = classify(rows.slice(start, end), cut);
    if (kind !== null && (!only || kind === only)) best = { start, end, cut, kind };
  };
  for (const cut of candidateCuts(rows)) {
    let start = 0;
    for (let i = 0; i <= rows.length; i++) {
      if (i < rows.length && !crossed(rows[i]!, cut)) continue;
      consider(start, i, cut);
      start = i + 1;
    }
  }
  // A right-aligned column counts only as the label side of a table: aligned right edges
  // also end every line of justified text.
  for (const run of rightAlignedRuns(rows)) consider(run.start, run.end, run.cut, 'right');
  return best;
}

function place(row: Row, column: string, bound: number | null, band?: Band): PlacedRow {
  if (!band) return { ...row, column, splits: [], inTable: false, tableStart: false, label: null, bound };
  const label = band.kind === 'right' ? 'right' : 'left';
  const marked = label === 'left' ? leftOf(row, band.cut) : rightOf(row, band.cut);
  return { ...row, column, splits: [band.cut], inTable: true, tableStart: marked.length > 0, label, bound };
}

function part(row: Row, pieces: Piece[]): Row {
  return { pieces, baseline: row.baseline, size: dominantSize(pieces) };
}

function leftParts(rows: Row[], cut: number): Row[] {
  return rows.map((r) => part(r, leftOf(r, cut))).filter((r) => r.pieces.length);
}

/**
 * A heading alone at the foot of two columns, set apart by a gap and followed by text across the
 * gutter, heads that full-width text ("Publications" under a two-column top half), not the column
 * it happens to fit in: the band ends above it.
 */
function releaseTrailingHeading(rows: Row[], band: Band): Band {
  if (band.kind !== 'columns' || band.end >= rows.length || band.end - band.start < 4) return band;
  const last = rows[band.end - 1]!;
  const above = rows[band.end - 2]!;
  const onLeft = leftOf(last, band.cut).length > 0;
  if (onLeft === rightOf(last, band.cut).length > 0) return band;
  const otherSide = rows
    .slice(band.start, band.end - 1)
    .filter((r) => (onLeft ? rightOf(r, band.cut) : leftOf(r, band.cut)).length > 0);
  const otherEnds = Math.max(...otherSide.map((r) => r.baseline));
  const apart = last.baseline - above.baseline > 2 * last.size;
  return apart && last.baseline > otherEnds + last.size ? { ...band, end: band.end - 1 } : band;
}

/**
 * A heading set just above the right one of two columns, outdented past the column's left edge (a
 * Europass "WORK EXPERIENCE" over its entries, beside a sidebar that starts lower down), heads that
 * column, not the page: the band starts at it. It lies clear of the left column's text, and the
 * right column starts right under it, before the left one does.
 */
function adoptLeadingHeading(rows: Row[], band: Band): Band {
  if (band.kind !== 'columns' || band.start === 0) return band;
  const inside = rows.slice(band.start, band.end);
  const leftRight = Math.max(...inside.flatMap((r) => leftOf(r, band.cut).map((p) => p.right)));
  const heading = rows[band.start - 1]!;
  if (heading.pieces.some((p) => p.x < leftRight + heading.size)) return band;
  const firstRight = inside.find((r) => rightOf(r, band.cut).length > 0);
  const firstLeft = inside.find((r) => leftOf(r, band.cut).length > 0);
  if (!firstRight || !firstLeft || firstRight.baseline >= firstLeft.baseline) return band;
  if (firstRight.baseline - heading.baseline > 2 * heading.size) return band;
  // The gutter starts where the heading does: every piece of the left column ends before it.
  return { ...band, start: band.start - 1, cut: Math.min(band.cut, heading.pieces[0]!.x) };
}

export function orderRows(rows: Row[], column = '', depth = 0, bound: number | null = null): PlacedRow[] {
  const found = depth < 4 ? findBand(rows) : null;
  const band = found && adoptLeadingHeading(rows, releaseTrailingHeading(rows, found));
  if (!band) return rows.map((r) => place(r, column, bound));
  const inside = rows.slice(band.start, band.end);
  const middle =
    band.kind !== 'columns'
      ? inside.map((r) => place(r, column, bound, band))
      : [
          // A left column may run up to the gutter, even where its own lines stop short.
          ...orderRows(leftParts(inside, band.cut), `${column}L`, depth + 1, band.cut - inside[0]!.size),
          ...orderRows(
            inside.map((r) => part(r, rightOf(r, band.cut))).filter((r) => r.pieces.length),
            `${column}R`,
            depth + 1,
            bound,
          ),
        ];
  return [
    ...orderRows(rows.slice(0, band.start), column, depth, bound),
    ...middle,
    ...orderRows(rows.slice(band.end), column, depth, bound),
  ];
}
