import { collapseWhitespace } from '../normalize-text';
import type { Cell, Line } from '../types';
import { withoutFirstCell } from '../without-first-cell';

/**
 * Section labels set in a left margin column (res.cls, currvita, LaTeX \marginpar CVs): "Education"
 * at the margin, the entries to its right, a long label wrapped over two or three lines ("Grants and"
 * / "Sponsored" / "Research"). The layout reads each label as the first cell of a table row, so the
 * sections stage would never see it as a line of its own. Here such a margin column is recognised
 * for the whole document, and each label becomes a heading line before the lines it labels.
 */

/** How far (points) a line may start right of the margin and still start in it. */
const MARGIN_SLACK = 6;
/** The body starts at least this far (points) right of the margin: a column, not an indent. */
const MIN_BODY_OFFSET = 50;
/** A margin column of labels holds words: at least this share of its cells qualify as labels. */
const MIN_LABEL_SHARE = 0.7;
/** Labels start at most this share of the lines (the body does not start at the margin). */
const MAX_MARGIN_SHARE = 0.35;
const MIN_LABELS = 3;
/** A label's lines follow each other at most this many line heights apart. */
const WRAP_PITCH = 1.6;

/** A label is a few words, perhaps a remark in parentheses ("(selected)"): no digits, no URL, no "Field: value". */
const isLabelText = (text: string): boolean =>
  /^\(?\p{L}[\p{L}\s&,.'’()-]*$/u.test(text) && text.split(/\s+/).length <= 4 && text.length <= 40;

/**
 * A label sits level with the body it labels: in the same line, or beside a body line the reading
 * order puts next to it. A sidebar of contact lines (a designed two-column CV) does not.
 */
function besideBody(lines: readonly Line[], i: number, bodyFrom: number): boolean {
  const line = lines[i]!;
  if (line.cells.length > 1) return true;
  return [-2, -1, 1, 2].some((d) => {
    const other = lines[i + d];
    return (
      !!other &&
      other.page === line.page &&
      other.y !== null &&
      line.y !== null &&
      Math.abs(other.y - line.y) <= (line.fontSize ?? 10) / 2 &&
      (firstX(other) ?? 0) >= bodyFrom
    );
  });
}

const firstX = (line: Line): number | null => line.cells[0]?.x ?? null;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * The document's margin labels, each as the lines it is set on (one, or several for a wrapped
 * label), or none when the document has no margin column of labels.
 */
function marginLabels(lines: readonly Line[]): Line[][] {
  const starts = lines.filter((l) => l.kind !== 'heading').flatMap((l) => firstX(l) ?? []);
  if (starts.length === 0) return [];
  const margin = Math.min(...starts);
  const inMargin = lines.flatMap((l, i) =>
    l.kind !== 'heading' && (firstX(l) ?? Infinity) <= margin + MARGIN_SLACK ? [i] : [],
  );
  const body = median(starts.filter((x) => x > margin + MARGIN_SLACK));
  // Most documents start their body at the margin: they are done with here, before any label is read.
  if (body - margin < MIN_BODY_OFFSET || inMargin.length > starts.length * MAX_MARGIN_SHARE) return [];
  const labels: Line[][] = [];
  let count = 0;
  for (const i of inMargin) {
    const line = lines[i]!;
    if (!isLabelText(line.cells[0]!.text)) continue;
    const label = labels[labels.length - 1];
    const above = label?.[label.length - 1];
    if (label && above && continuesLabel(above, line)) label.push(line);
    else if (besideBody(lines, i, margin + MIN_BODY_OFFSET)) labels.push([line]);
    else continue;
    count++;
  }
  const isColumn = count >= MIN_LABELS && count >= inMargin.length * MIN_LABEL_SHARE;
  return isColumn ? labels : [];
}

function labelLine(parts: Line[]): Line {
  const first = parts[0]!;
  const cells = parts.map((p) => p.cells[0]!);
  const text = collapseWhitespace(cells.map((c) => c.text).join(' '));
  const merged: Cell = {
    runs: cells.flatMap((c, i) =>
      i === 0 ? c.runs : [{ text: ' ', bold: false, italic: false, href: null }, ...c.runs],
    ),
    text,
    x: cells[0]!.x,
    right: Math.max(...cells.map((c) => c.right ?? 0)),
  };
  return { ...first, cells: [merged], text, kind: 'heading', headingLevel: 2, depth: 0 };
}

/**
 * Margin lines a line height apart are one label wrapped over several lines, even when the reading
 * order puts a line of the body between them.
 */
function continuesLabel(previous: Line, line: Line): boolean {
  if (previous.page !== line.page || previous.y === null || line.y === null) return false;
  const pitch = (previous.fontSize ?? 10) * WRAP_PITCH;
  return line.y - previous.y <= pitch;
}

/** The document's lines with its margin labels (if it sets any) lifted into heading lines of their own. */
export function liftMarginLabels(lines: readonly Line[]): Line[] {
  const labels = marginLabels(lines);
  if (labels.length === 0) return [...lines];
  const labelAt = new Map(labels.map((label) => [label[0]!, label]));
  const labelled = new Set(labels.flat());
  const out: Line[] = [];
  let label: Line[] | null = null;
  let rest: Line[] = [];
  const flush = (): void => {
    if (label) out.push(labelLine(label));
    out.push(...rest);
    rest = [];
  };
  for (const line of lines) {
    const starts = labelAt.get(line);
    if (starts) {
      flush();
      label = starts;
    }
    const body = labelled.has(line) ? withoutFirstCell(line) : line;
    if (body) rest.push(body);
  }
  flush();
  return renumberBlocks(out);
}

/** A lifted label is a block of its own; the other blocks keep their order. */
function renumberBlocks(lines: Line[]): Line[] {
  let block = -1;
  return lines.map((line, i) => {
    const previous = lines[i - 1];
    if (!previous || previous.kind === 'heading' || line.kind === 'heading' || line.block !== previous.block)
      block++;
    return { ...line, block };
  });
}
