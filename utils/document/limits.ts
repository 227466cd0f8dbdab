import { SCHEMA_LIMITS } from '../schema/limits';
import { buildLine } from './build-line';
import type { Cell, CvDocument, Line, PersonMetadata } from './types';

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
  metadata: 'Page metadata (title, description, JSON-LD) past the length limits was cut.',
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
  const meta = limitMetadata(doc.meta);
  const title = cutText(doc.source.title);
  const links = firstItems(doc.links);
  const metaCut = meta !== doc.meta || title !== doc.source.title || links !== doc.links;
  if (metaCut) notes = addNote(notes, TRUNCATION_NOTES.metadata);
  if (lines.length > DOCUMENT_LIMITS.maxLines) {
    lines = lines.slice(0, DOCUMENT_LIMITS.maxLines);
    notes = addNote(notes, TRUNCATION_NOTES.lines);
  }
  if (lines.some((l) => l.text.length > DOCUMENT_LIMITS.maxLineChars)) {
    lines = lines.map((l) => cutLine(l));
    notes = addNote(notes, TRUNCATION_NOTES.lineChars);
  }
  if (lines === doc.lines && !metaCut) return doc;
  return { ...doc, source: { ...doc.source, title }, lines, links, meta, truncated: notes };
}

function cutText(text: string | null): string | null {
  return text !== null && text.length > SCHEMA_LIMITS.text ? text.slice(0, SCHEMA_LIMITS.text) : text;
}

function firstItems<T>(list: T[]): T[] {
  return list.length > SCHEMA_LIMITS.items ? list.slice(0, SCHEMA_LIMITS.items) : list;
}

/**
 * Metadata within the schema's limits: a page's meta tags and JSON-LD are written by anyone, and
 * one over-long value must not make the whole page be refused. A text is cut; a URL too long to
 * be one is dropped, since a cut URL points elsewhere. Returns `meta` itself when nothing is cut.
 */
function limitMetadata(meta: PersonMetadata): PersonMetadata {
  const texts = [meta.title, meta.author, meta.ogTitle, meta.description];
  const persons = firstItems(meta.persons);
  const personCut = persons.some(
    (p) =>
      [p.name, p.email, p.url, p.affiliation].some((t) => t !== null && t.length > SCHEMA_LIMITS.text) ||
      (p.url !== null && p.url.length > SCHEMA_LIMITS.url) ||
      p.sameAs.length > SCHEMA_LIMITS.items ||
      p.sameAs.some((u) => u.length > SCHEMA_LIMITS.url),
  );
  const textCut = texts.some((t) => t !== null && t.length > SCHEMA_LIMITS.text);
  if (persons === meta.persons && !personCut && !textCut) return meta;
  const keptUrl = (u: string | null): string | null =>
    u !== null && u.length > SCHEMA_LIMITS.url ? null : u;
  return {
    title: cutText(meta.title),
    author: cutText(meta.author),
    ogTitle: cutText(meta.ogTitle),
    description: cutText(meta.description),
    persons: persons.map((p) => ({
      name: cutText(p.name),
      email: cutText(p.email),
      url: keptUrl(p.url),
      affiliation: cutText(p.affiliation),
      sameAs: firstItems(p.sameAs.filter((u) => u.length <= SCHEMA_LIMITS.url)),
    })),
  };
}
