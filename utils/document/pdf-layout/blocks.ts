import type { LineKind } from '../types';
import { LIST_MARKER } from './build-cells';
import type { LaidLine } from './types';

/** A line that starts with a bullet or an enumerator ("•", "3.", "[12]", "(a)"). */
const STARTS_LIST = /^(?:[•·▪▫◦‣⁃●○■□◆◇✦✧★☆►▶➢➤→⋆∗*–—-]\s|\(?[0-9]{1,3}[.)]\s|\[[0-9]{1,3}\]\s|\([a-z]\)\s)/u;

export interface BlockInfo {
  block: number;
  kind: LineKind;
  depth: number;
}

/** Baseline step between lines of one paragraph, per point of font size (≈1.2 in TeX). */
function typicalPitch(lines: LaidLine[]): number {
  const ratios: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1]!;
    const b = lines[i]!;
    if (a.page !== b.page || a.column !== b.column || Math.abs(a.size - b.size) > 0.5) continue;
    const r = (b.baseline - a.baseline) / b.size;
    if (r > 0.9 && r < 2.2) ratios.push(r);
  }
  ratios.sort((x, y) => x - y);
  return ratios[Math.floor(ratios.length / 2)] ?? 1.2;
}

/**
 * A line of running text that wrapped holds several words; a word or two that fill their cell (a date
 * in a dates column, a label) say nothing about wrapping.
 */
const MIN_WRAPPED_WORDS = 4;

const wordCount = (line: LaidLine): number =>
  line.cells.reduce((n, c) => n + c.text.split(/\s+/).filter(Boolean).length, 0);

/**
 * Line i-1 is a line of words that had no room left for line i's first word: line i is its wrap.
 * Both are plain text (one cell each): a row ending in a right-aligned date or amount fills its
 * width without wrapping.
 */
function clearlyWrapped(lines: LaidLine[], i: number, textRight: number): boolean {
  const above = lines[i - 1]!;
  const line = lines[i]!;
  if (above.cells.length !== 1 || line.cells.length !== 1) return false;
  const room = (line.bound ?? textRight) - above.right;
  return room < firstWordWidth(line) && wordCount(above) >= MIN_WRAPPED_WORDS;
}

/**
 * For each line, its baseline step over font size from the line above when it is a clear wrap of it
 * within one run of body text (same page, column and size), else null: the spacing the text is set in.
 */
function wrapSteps(lines: LaidLine[], textRight: number): (number | null)[] {
  return lines.map((b, i) =>
    sameRun(lines, i) && clearlyWrapped(lines, i, textRight)
      ? (b.baseline - lines[i - 1]!.baseline) / b.size
      : null,
  );
}

/** Text set wider than the document's pitch (double spacing) is this much wider at most. */
const MAX_SPACING = 2.5;
/** How many line steps either side show the spacing a line is set in. */
const SPACING_REACH = 2;
/** Two steps this close (share of the step) are one spacing repeated. */
const SAME_STEP = 0.03;

/**
 * The line pitch where line i stands: the document's, or, where the text is set wider (a reference
 * list in double spacing, 2.4 ems per line under 1.3 ems elsewhere), the narrowest step between a
 * line and its wrap that recurs among the neighbours. One wrap step seen once is no evidence.
 */
function localPitch(steps: (number | null)[], i: number, pitch: number): number {
  const near = steps
    .slice(Math.max(0, i - SPACING_REACH), i + SPACING_REACH + 1)
    .filter((r): r is number => r !== null)
    .sort((a, b) => a - b);
  const recurring = near.find((r, n) => n + 1 < near.length && near[n + 1]! - r <= r * SAME_STEP);
  return recurring !== undefined && recurring > pitch && recurring <= pitch * MAX_SPACING ? recurring : pitch;
}

/**
 * The step from the line above is wider than the line pitch: a paragraph break. In text set wider
 * than the document's pitch (double spacing) a clear wrap measures against the local pitch instead,
 * so a reference wrapped over three double-spaced lines stays one block; the wider step between
 * references still breaks. Items of a list set with extra space between them (LaTeX's \itemsep) end
 * short of the edge, so their steps are no wraps and they stay apart.
 */
function widerThanPitch(
  gap: number,
  em: number,
  steps: (number | null)[],
  i: number,
  pitch: number,
): boolean {
  if (gap <= pitch * em * 1.25) return false;
  return steps[i] === null || gap > localPitch(steps, i, pitch) * em * 1.25;
}

/** Width of the first word of a line, from the line's own average character width. */
function firstWordWidth(line: LaidLine): number {
  const text = line.cells.map((c) => c.text).join(' ');
  const perChar = (line.right - line.x) / Math.max(1, text.length);
  return (text.split(' ')[0] ?? '').length * perChar;
}

/** A line of running text fills at least this share of the width it could fill. */
const RUNNING_SHARE = 0.6;
/** How many lines either side show how a paragraph there ends, and where its lines end. */
const PARAGRAPH_REACH = 2;

/** Lines i-1 and i are one run of body text (same page, column and size). */
function sameRun(lines: LaidLine[], i: number): boolean {
  const a = lines[i - 1];
  const b = lines[i]!;
  return (
    !!a &&
    a.page === b.page &&
    a.column === b.column &&
    !a.heading &&
    !b.heading &&
    Math.abs(a.size - b.size) <= 0.5
  );
}

/**
 * How far right line i-1 could have reached before wrapping. The column's bound or the text's right
 * edge, except in ragged text that ends its paragraphs with space (a blank line between references):
 * there a line of running text followed at one line pitch continues its paragraph, and a word
 * processor may have set the paragraph narrower than the page (its own right indent), so its lines
 * end where its neighbours do. A list of short lines (course names, journals) is no running text.
 */
function rightEdge(lines: LaidLine[], i: number, pitch: number, textRight: number): number {
  const line = lines[i]!;
  if (line.bound !== null) return line.bound;
  const step = (k: number): number | null =>
    sameRun(lines, k) ? (lines[k]!.baseline - lines[k - 1]!.baseline) / lines[k]!.size : null;
  const here = step(i);
  const above = lines[i - 1]!;
  const running =
    wordCount(above) >= MIN_WRAPPED_WORDS && above.right - above.x >= RUNNING_SHARE * (textRight - above.x);
  if (here === null || here > pitch * 1.25 || !running) return textRight;
  let spaced = false;
  let right = 0;
  for (let k = i - PARAGRAPH_REACH; k <= i + PARAGRAPH_REACH; k++) {
    if (k < 1 || k >= lines.length) continue;
    const r = step(k);
    if (r !== null && r > pitch * 1.25) spaced = true;
    if (lines[k]!.page === line.page && lines[k]!.column === line.column)
      right = Math.max(right, lines[k]!.right);
  }
  return spaced ? right : textRight;
}

/**
 * The previous line was broken on purpose (an end of paragraph, a new list entry): the first
 * word of this line would have fitted on it, with a margin for wide or bold glyphs.
 */
export function deliberateBreak(free: number, line: LaidLine): boolean {
  return free > 1.1 * firstWordWidth(line) + 0.5 * line.size;
}

/** A heading's wrapped lines follow each other at most this many ems apart (a line pitch, no gap). */
const HEADING_WRAP_PITCH = 1.3;

/**
 * Heading line b is the rest of heading line a, wrapped ("CONFERENCES AND SEM-" / "INARS" in a narrow
 * label column): the same size, one line pitch below, in the same column. A sub-heading under a
 * heading differs in size or stands further down.
 */
export function wrapsHeading(a: LaidLine, b: LaidLine): boolean {
  if (!a.heading || !b.heading || a.page !== b.page || a.column !== b.column) return false;
  if (a.cells.length !== 1 || b.cells.length !== 1 || Math.abs(a.leadSize - b.leadSize) > 0.25) return false;
  const step = b.baseline - a.baseline;
  return step > 0 && step <= HEADING_WRAP_PITCH * b.leadSize;
}

/**
 * The shape of a leading date label ("2024:", "May 2023:", "2017 - 2021:") with digits and
 * letters abstracted. Items of one list share it, so a line repeating the shape of its
 * block's first line is the next item even when the break looks like a wrap.
 */
function dateLabel(line: LaidLine): string | null {
  const m = /^([^:]{1,24}):\s/u.exec(line.cells[0]?.text ?? '');
  if (!m || !/[0-9]{4}/.test(m[1]!)) return null;
  return m[1]!.replace(/\p{L}+/gu, 'a').replace(/[0-9]+/g, '9');
}

/**
 * Groups lines into blocks (one entry or paragraph each). A block starts at a heading, a
 * bullet or number, a new row of a dates table, a wider gap than the line pitch, a column
 * change, a hanging-indent start (outdent after continuation lines), or after a line that
 * was broken on purpose (the next word would have fitted: an end of paragraph or item).
 */
export function assignBlocks(lines: LaidLine[]): BlockInfo[] {
  const pitch = typicalPitch(lines);
  // Columns without a known gutter reach the right edge of the text on the page.
  const textRight = Math.max(...lines.map((l) => l.right));
  const steps = wrapSteps(lines, textRight);
  const infos: BlockInfo[] = [];
  let block = 0;
  let blockStart = 0;
  let kind: LineKind = 'line';
  lines.forEach((line, i) => {
    const prev = lines[i - 1];
    const text = line.cells.map((c) => c.text).join(' ');
    const em = line.size;
    const headingWrap = !!prev && wrapsHeading(prev, line);
    let fresh = !headingWrap && (!prev || line.heading || prev.heading || prev.column !== line.column);
    const list = STARTS_LIST.test(text) || LIST_MARKER.test(line.cells[0]!.text);
    if (prev && !fresh && !headingWrap) {
      const samePage = prev.page === line.page;
      const gap = samePage ? line.baseline - prev.baseline : 0;
      const prevIsFirst = blockStart === i - 1;
      // Inside a dates table only a new dates cell starts an entry; inside a bulleted item
      // only a new bullet does. Rows of a right-dated table under no dated row yet (after a
      // heading) are plain text: there, too, a deliberate break ends a paragraph or item.
      const dated = line.label !== 'right' || lines[blockStart]!.tableStart;
      const free = (!line.inTable || !dated) && kind !== 'list-item';
      fresh =
        list ||
        line.tableStart ||
        widerThanPitch(gap, em, steps, i, pitch) ||
        (line.x < prev.x - 0.5 * em && !prevIsFirst && !line.inTable) ||
        (free && deliberateBreak(rightEdge(lines, i, pitch, textRight) - prev.right, line)) ||
        (dateLabel(line) !== null && dateLabel(line) === dateLabel(lines[blockStart]!));
    }
    if (fresh) {
      block++;
      blockStart = i;
      kind = line.heading ? 'heading' : list ? 'list-item' : line.tableStart ? 'table-row' : 'line';
    }
    infos.push({ block, kind: line.heading ? 'heading' : kind, depth: 0 });
  });
  demoteLoneMarkers(lines, infos);
  assignDepth(lines, infos);
  return infos;
}

/**
 * A list has at least two items at one indentation: a single line that starts with a symbol
 * ("✦ since 2022 · ✧ before 2022", a legend) is a paragraph, not a list item.
 */
function demoteLoneMarkers(lines: LaidLine[], infos: BlockInfo[]): void {
  const starts = lines
    .map((l, i) => ({ l, i }))
    .filter(
      ({ i }) => infos[i]!.kind === 'list-item' && (i === 0 || infos[i - 1]!.block !== infos[i]!.block),
    );
  for (const { l, i } of starts) {
    const siblings = starts.filter(
      (s) =>
        s.i !== i && s.l.column === l.column && Math.abs(s.l.x - l.x) < 1 && !headingBetween(lines, s.i, i),
    );
    if (siblings.length > 0) continue;
    for (let j = i; j < infos.length && infos[j]!.block === infos[i]!.block; j++) infos[j]!.kind = 'line';
  }
}

function headingBetween(lines: LaidLine[], a: number, b: number): boolean {
  for (let k = Math.min(a, b) + 1; k < Math.max(a, b); k++) if (lines[k]!.heading) return true;
  return false;
}

/**
 * Indentation step: how many distinct left edges of block starts in the same column lie
 * left of this block's start. Table rows count from their dates column.
 */
function assignDepth(lines: LaidLine[], infos: BlockInfo[]): void {
  const edges = new Map<string, number[]>();
  lines.forEach((l, i) => {
    const starts = i === 0 || infos[i - 1]!.block !== infos[i]!.block;
    if (!starts || l.heading) return;
    const list = edges.get(l.column) ?? [];
    if (!list.some((x) => Math.abs(x - l.x) < 2)) list.push(l.x);
    edges.set(l.column, list);
  });
  let depth = 0;
  lines.forEach((l, i) => {
    const starts = i === 0 || infos[i - 1]!.block !== infos[i]!.block;
    if (starts)
      depth = l.heading ? 0 : Math.min(6, (edges.get(l.column) ?? []).filter((x) => x < l.x - 2).length);
    infos[i]!.depth = depth;
  });
}
