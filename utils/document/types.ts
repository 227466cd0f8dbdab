/**
 * The format-neutral document model: both acquirers (HTML and PDF) produce it, and every
 * later stage reads only this. No browser API is used past this point. A document that crosses
 * a boundary (a PDF parsed in a UI page and sent to the background) is rebuilt by these schemas.
 */
import * as v from 'valibot';
import { SOURCE_KINDS } from '../model/profile';
import { DOCUMENT_LIMITS } from './limits';
import {
  integer,
  label,
  list,
  nullableFinite,
  nullableInteger,
  nullableText,
  nullableUrl,
  text,
  url,
} from '../schema/fields';

export { SOURCE_KINDS, type SourceKind } from '../model/profile';

const lineText = text(DOCUMENT_LIMITS.maxLineChars);

/** A run of text with one style. */
export const RunSchema = v.object({
  text: lineText,
  bold: v.boolean(),
  italic: v.boolean(),
  /** Target of the link the run sits in, if any. */
  href: nullableUrl,
});
export type Run = v.InferOutput<typeof RunSchema>;

/**
 * A cell is a horizontally separate part of a line: a table cell, a flex child, or a
 * column of a PDF line split by a wide gap (a dates column at the left, dates at the right).
 */
export const CellSchema = v.object({
  runs: list(RunSchema, DOCUMENT_LIMITS.maxLineChars),
  text: lineText,
  /** Left edge in PDF points, or null in HTML. */
  x: nullableFinite,
  /** Right edge in PDF points, or null in HTML. */
  right: nullableFinite,
});
export type Cell = v.InferOutput<typeof CellSchema>;

/** What structure the line came from. PDF lines are 'line' unless layout says otherwise. */
export const LINE_KINDS = [
  'heading',
  'list-item',
  'table-row',
  'term',
  'definition',
  'paragraph',
  'line',
] as const;
export type LineKind = (typeof LINE_KINDS)[number];

export const LineSchema = v.object({
  cells: list(CellSchema, DOCUMENT_LIMITS.maxLineChars),
  /** The cells' texts joined by a single space, whitespace collapsed. */
  text: lineText,
  kind: v.picklist(LINE_KINDS),
  /** 1–6 for HTML h1–h6; for PDF a level inferred from font size, else null. */
  headingLevel: nullableInteger,
  /** Font size in points (PDF) or null (HTML). */
  fontSize: nullableFinite,
  /** 1-based page number; always 1 for HTML and text. */
  page: integer,
  /** Top of the line in points from the top of the page (PDF), else null. */
  y: nullableFinite,
  /** Nesting depth of lists (HTML) or indentation step (PDF); 0 at top level. */
  depth: integer,
  /**
   * Lines sharing a block id came from one HTML block (one <li>, one <p>, one table row)
   * or one PDF paragraph; a new block starts a new candidate entry.
   */
  block: integer,
});
export type Line = v.InferOutput<typeof LineSchema>;

export const PersonMetadataSchema = v.object({
  /** <title> of the page or PDF Title. */
  title: nullableText(),
  /** meta author, PDF Author, JSON-LD Person name, og:title — in that order of trust. */
  author: nullableText(),
  ogTitle: nullableText(),
  description: nullableText(),
  /** schema.org Person objects found in JSON-LD, as {name, email, url, affiliation, sameAs}. */
  persons: list(
    v.object({
      name: nullableText(),
      email: nullableText(),
      url: nullableText(),
      affiliation: nullableText(),
      sameAs: list(url),
    }),
  ),
});
export type PersonMetadata = v.InferOutput<typeof PersonMetadataSchema>;

export const CvDocumentSchema = v.object({
  source: v.object({
    kind: v.picklist(SOURCE_KINDS),
    url: nullableUrl,
    title: nullableText(),
    pages: nullableInteger,
  }),
  lines: list(LineSchema, DOCUMENT_LIMITS.maxLines),
  /** Every link target in the main content, in order, deduplicated (mailto: included). */
  links: list(url),
  meta: PersonMetadataSchema,
  /** Limits the acquirer applied (see limits.ts), as sentences for the profile's flags. */
  truncated: v.optional(list(label)),
});
export type CvDocument = v.InferOutput<typeof CvDocumentSchema>;
