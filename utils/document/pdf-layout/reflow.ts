import { buildCell } from '../build-line';
import type { Cell, Run } from '../types';
import { deliberateBreak } from './blocks';
import { HYPHEN_END, keepsHyphen, wordsOf } from './dehyphenate';
import type { LaidLine } from './types';

/**
 * Joins soft-wrapped visual lines of one block into one logical line, as an HTML page gives
 * one line per paragraph, list item or table cell. A wrap is soft when the next line's first
 * word could not have fitted at the end of the line:
 *  - justified text (TeX): every soft line ends at the column's right edge, so any line
 *    ending clearly short was broken on purpose (\newline, end of paragraph);
 *  - ragged text: the free space is narrower than the next line's first word;
 *  - a cell beside another cell (a title wrapping beside its right-aligned date) wraps inside
 *    its own column, and the continuation stays within that column. Its room ends at the
 *    table's column boundary (the left edge of the widest date), not at this row's own date:
 *    a short date leaves blank space the title could never use.
 * A line ending in a hyphen is always a soft wrap; the hyphen goes unless the word is a
 * compound ("learn-" + "ing" → "learning", "Semi-" + "Supervised" stays).
 */
export function reflow<T extends { block: number }>(
  lines: LaidLine[],
  infos: T[],
): { lines: LaidLine[]; infos: T[] } {
  const blocks = infos.map((b) => b.block);
  const words = wordsOf(lines.flatMap((l) => l.cells.map((c) => c.text)));
  const justified = justifiedColumns(lines, blocks);
  const textRight = Math.max(...lines.map((l) => l.right));
  const out: LaidLine[] = [];
  const outInfos: T[] = [];
  // Right edge of the last visual line joined into each cell of the current logical line.
  let tails: number[] = [];
  lines.forEach((line, i) => {
    const current = out[out.length - 1];
    const sameBlock = !!current && outInfos[outInfos.length - 1]?.block === blocks[i];
    if (current && sameBlock && current.heading && line.heading) {
      // A heading wrapped over two lines (blocks.ts keeps them one block) is one heading.
      const cell = current.cells[0]!;
      const hyphen = HYPHEN_END.test(cell.text) && /^\p{L}/u.test(line.cells[0]!.text);
      current.cells[0] = join(cell, line.cells[0]!, hyphen, words);
      return;
    }
    if (current && sameBlock && !current.heading && !line.heading) {
      const target = targetCell(current, line);
      if (target >= 0) {
        const cell = current.cells[target]!;
        const next = current.cells[target + 1];
        const limit = wrapLimit(current.splits, cell, next, line.size) ?? line.bound ?? textRight;
        const free = limit - (tails[target] ?? cell.right ?? limit);
        const fitsBelow = !next || next.x == null || line.right <= next.x;
        // A line in a smaller type under a header is its description, not the header's wrapped tail.
        const sameType = line.size >= current.size - 0.7 || hyphenless(cell.text, line);
        const hyphen = HYPHEN_END.test(cell.text) && /^\p{L}/u.test(line.cells[0]!.text);
        const soft =
          justified.has(line.column) && !next ? free <= 0.4 * line.size : !deliberateBreak(free, line);
        if (fitsBelow && sameType && (hyphen || soft)) {
          current.cells[target] = join(cell, line.cells[0]!, hyphen, words);
          tails[target] = line.right;
          return;
        }
      }
    }
    out.push({ ...line, cells: [...line.cells] });
    outInfos.push(infos[i]!);
    tails = line.cells.map((c) => c.right ?? line.right);
  });
  return { lines: out, infos: outInfos };
}

/** How far right the text of `cell` could have reached before wrapping, when another cell follows. */
function wrapLimit(splits: number[], cell: Cell, next: Cell | undefined, size: number): number | null {
  if (next?.x == null) return null;
  const split = splits.find((s) => s > (cell.right ?? cell.x ?? 0) && s <= next.x! + 0.5);
  // Without a known boundary, allow for the gap a table leaves between its columns.
  return split ?? next.x - 0.8 * size;
}

/** A lower-case start continues a sentence whatever its type size (a footnote-sized wrap of a note). */
function hyphenless(text: string, line: LaidLine): boolean {
  return /^\p{Ll}/u.test(line.cells[0]!.text) && !/[.!?:]$/.test(text);
}

/** The cell of `current` the single-cell `line` continues: the one it starts under. */
function targetCell(current: LaidLine, line: LaidLine): number {
  if (line.cells.length !== 1 || line.tableStart) return -1;
  const x = line.cells[0]!.x ?? line.x;
  for (let c = current.cells.length - 1; c >= 0; c--) {
    const cx = current.cells[c]!.x;
    if (cx == null) continue;
    // Under the cell, or indented under it as a hanging indent does (at most 3 em).
    if (x >= cx - 0.5 * line.size && x <= cx + 3 * line.size) return c;
    if (x > cx) return -1;
  }
  return -1;
}

function join(cell: Cell, next: Cell, hyphen: boolean, words: Set<string>): Cell {
  const runs: Run[] = cell.runs.map((r) => ({ ...r }));
  if (hyphen) {
    const tail = runs[runs.length - 1]!;
    if (!keepsHyphen(cell.text, next.text, words))
      tail.text = tail.text.replace(/[-\u00ad\u2010\u2011]$/u, '');
  } else {
    const a = runs[runs.length - 1];
    const b = next.runs[0];
    runs.push({ text: ' ', bold: !!a?.bold && !!b?.bold, italic: !!a?.italic && !!b?.italic, href: null });
  }
  return buildCell([...runs, ...next.runs], cell.x, Math.max(cell.right ?? 0, next.right ?? 0));
}

/**
 * Columns set justified: most lines that continue a block end at the column's right edge.
 */
function justifiedColumns(lines: LaidLine[], blocks: number[]): Set<string> {
  const right = new Map<string, number>();
  for (const l of lines) right.set(l.column, Math.max(right.get(l.column) ?? 0, l.right));
  const counts = new Map<string, { flush: number; all: number }>();
  lines.forEach((l, i) => {
    if (i + 1 >= lines.length || blocks[i + 1] !== blocks[i] || l.cells.length !== 1) return;
    const c = counts.get(l.column) ?? { flush: 0, all: 0 };
    c.all++;
    if (l.right >= (right.get(l.column) ?? 0) - 1) c.flush++;
    counts.set(l.column, c);
  });
  return new Set([...counts].filter(([, c]) => c.all >= 3 && c.flush / c.all >= 0.6).map(([k]) => k));
}
