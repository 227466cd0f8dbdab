import { buildCell } from '../build-line';
import type { Cell, Run } from '../types';
import { finishText } from './clean-text';
import type { Piece, PlacedRow } from './types';

/** A bullet or enumerator standing alone before the text it marks. */
export const LIST_MARKER = /^(?:[•·▪▫◦‣⁃●○■□◆◇✦✧★☆►▶➢➤→⋆∗*–—-]|\(?[0-9]{1,3}[.)]|\[[0-9]{1,3}\])$/u;

/**
 * Gaps, as a share of the font size: below JOIN the pieces are one word (kerning, a ligature
 * drawn apart: "Sou" "fi" "ane"); from CELL on they are separate cells (a date pushed to the
 * right margin, a tab stop). Justified TeX stretches word spaces to ~0.6 em at worst.
 */
const JOIN = 0.15;
const CELL = 1.2;
/** Beside a known table boundary a smaller gap is enough (moderncv leaves ~1 em). */
const CELL_AT_SPLIT = 0.3;

/**
 * Between CELL_RELATIVE and CELL em, a gap is a cell break when it is far wider than the
 * row's own word spaces (a date pushed right beside a long title leaves under 1 em); a
 * justified line stretches all its spaces alike, so no single gap stands out there.
 */
const CELL_RELATIVE = 0.8;

function wordSpace(row: PlacedRow): number | null {
  const gaps: number[] = [];
  row.pieces.forEach((p, i) => {
    const prev = row.pieces[i - 1];
    const gap = prev ? p.x - prev.right : 0;
    if (prev && gap > JOIN * row.size && gap < CELL_RELATIVE * row.size) gaps.push(gap);
  });
  gaps.sort((a, b) => a - b);
  return gaps.length ? gaps[Math.floor(gaps.length / 2)]! : null;
}

function isCellBreak(prev: Piece, next: Piece, row: PlacedRow, space: number | null): boolean {
  const gap = next.x - prev.right;
  const em = row.size;
  if (gap >= CELL * em) return true;
  if (gap >= CELL_RELATIVE * em && space !== null && gap >= 2.5 * space) return true;
  return gap >= CELL_AT_SPLIT * em && row.splits.some((s) => prev.right <= s + 0.5 && next.x >= s - 0.5);
}

/**
 * Designed letterheads set "Cédric" light and "Travelletti" bold with no space between them: a
 * lower-case end, a capital start and a change of font are a word break even at no gap.
 */
function isFontWordBreak(prev: Piece, next: Piece): boolean {
  return prev.font !== next.font && /\p{Ll}$/u.test(prev.text) && /^\p{Lu}/u.test(next.text);
}

function needsSpace(prev: Piece, next: Piece): boolean {
  if (prev.spaceAfter || next.spaceBefore || isFontWordBreak(prev, next)) return true;
  return next.x - prev.right > JOIN * Math.max(prev.size, next.size);
}

function run(piece: Piece, text = piece.text): Run {
  return { text: finishText(text), bold: piece.bold, italic: piece.italic, href: piece.href };
}

/** The cells of a row: pieces joined into words and runs, cut at wide gaps and table boundaries. */
export function buildCells(row: PlacedRow): Cell[] {
  const groups: Piece[][] = [];
  const space = wordSpace(row);
  row.pieces.forEach((p, i) => {
    const prev = row.pieces[i - 1];
    if (!prev || isCellBreak(prev, p, row, space)) groups.push([p]);
    else groups[groups.length - 1]!.push(p);
  });
  // A lone bullet or number belongs with the text it marks, not in a cell of its own.
  for (let i = 0; i < groups.length - 1; i++) {
    const g = groups[i]!;
    if (g.length === 1 && LIST_MARKER.test(g[0]!.text)) {
      groups.splice(i, 2, [...g, ...groups[i + 1]!]);
    }
  }
  return groups.map((g) => {
    const runs: Run[] = [];
    g.forEach((p, i) => {
      const prev = g[i - 1];
      if (prev && needsSpace(prev, p)) {
        const linked = prev.href !== null && prev.href === p.href;
        // The space is styled only if both sides are: "<b>Title</b> Org" keeps the space plain.
        runs.push({
          text: ' ',
          bold: prev.bold && p.bold,
          italic: prev.italic && p.italic,
          href: linked ? p.href : null,
        });
      }
      runs.push(run(p));
    });
    return buildCell(runs, round(g[0]!.x), round(Math.max(...g.map((p) => p.right))));
  });
}

const round = (v: number): number => Math.round(v * 100) / 100;
