import { buildLine } from './build-line';
import type { Cell, CvDocument, Line } from './types';

/**
 * What the pipeline reads of one document. Real CVs stay far below these (a 100-page CV is about
 * 5,000 lines, a line of 500 authors about 10,000 characters); past them later stages grow
 * super-linearly on hostile pages, so the rest is cut and the profile says so.
 */
export const DOCUMENT_LIMITS = {
  /** Lines of one document. */
  maxLines: 5000,
  /** Characters of one line (all its cells together). */
  maxLineChars: 10_000,
  /** Element nesting the HTML walker follows; deeper content is read as plain text. */
  maxNesting: 256,
} as const;

export const TRUNCATION_NOTES = {
  lines: `Only the first ${DOCUMENT_LIMITS.maxLines.toLocaleString('en')} lines were read; the rest of the document was left out.`,
  lineChars: `Lines longer than ${DOCUMENT_LIMITS.maxLineChars.toLocaleString('en')} characters were cut.`,
  nesting: `Content nested more than ${DOCUMENT_LIMITS.maxNesting} elements deep was read as plain text.`,
} as const;

/** Cuts a line's cells and runs so that their texts hold at most `max` characters. */
export function cutLine(line: Line, max: number = DOCUMENT_LIMITS.maxLineChars): Line {
  if (line.text.length <= max) return line;
  const cells: Cell[] = [];
  let left = max;
  for (const cell of line.cells) {
    if (left <= 0) break;
    const runs = [];
    let cellLeft = Math.min(left, cell.text.length);
    for (const run of cell.runs) {
      if (cellLeft <= 0) break;
      runs.push({ ...run, text: run.text.slice(0, cellLeft) });
      cellLeft -= run.text.length;
    }
    const text = cell.text.slice(0, Math.min(left, cell.text.length));
    cells.push({ ...cell, runs, text });
    left -= text.length + 1;
  }
  return buildLine(cells, line) ?? { ...line, text: line.text.slice(0, max) };
}

/** Adds a note once. */
export function addNote(notes: string[] | undefined, note: string): string[] {
  return notes?.includes(note) ? notes : [...(notes ?? []), note];
}

/**
 * The document within DOCUMENT_LIMITS, with a note for each limit applied. Acquirers apply it as
 * they go; buildProfile applies it again for documents from any source. A document already within
 * the limits is returned as it is.
 */
export function limitDocument(doc: CvDocument): CvDocument {
  let notes = doc.truncated;
  let lines = doc.lines;
  if (lines.length > DOCUMENT_LIMITS.maxLines) {
    lines = lines.slice(0, DOCUMENT_LIMITS.maxLines);
    notes = addNote(notes, TRUNCATION_NOTES.lines);
  }
  if (lines.some((l) => l.text.length > DOCUMENT_LIMITS.maxLineChars)) {
    lines = lines.map((l) => cutLine(l));
    notes = addNote(notes, TRUNCATION_NOTES.lineChars);
  }
  return lines === doc.lines ? doc : { ...doc, lines, truncated: notes };
}
