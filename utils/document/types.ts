/**
 * The format-neutral document model: both acquirers (HTML and PDF) produce it, and every
 * later stage reads only this. No browser API is used past this point.
 */

/** A run of text with one style. */
export interface Run {
  text: string;
  bold: boolean;
  italic: boolean;
  /** Target of the link the run sits in, if any. */
  href: string | null;
}

/**
 * A cell is a horizontally separate part of a line: a table cell, a flex child, or a
 * column of a PDF line split by a wide gap (a dates column at the left, dates at the right).
 */
export interface Cell {
  runs: Run[];
  text: string;
  /** Left edge in PDF points, or null in HTML. */
  x: number | null;
  /** Right edge in PDF points, or null in HTML. */
  right: number | null;
}

/** What structure the line came from. PDF lines are 'line' unless layout says otherwise. */
export type LineKind = 'heading' | 'list-item' | 'table-row' | 'term' | 'definition' | 'paragraph' | 'line';

export interface Line {
  cells: Cell[];
  /** The cells' texts joined by a single space, whitespace collapsed. */
  text: string;
  kind: LineKind;
  /** 1–6 for HTML h1–h6; for PDF a level inferred from font size, else null. */
  headingLevel: number | null;
  /** Font size in points (PDF) or null (HTML). */
  fontSize: number | null;
  /** 1-based page number; always 1 for HTML and text. */
  page: number;
  /** Top of the line in points from the top of the page (PDF), else null. */
  y: number | null;
  /** Nesting depth of lists (HTML) or indentation step (PDF); 0 at top level. */
  depth: number;
  /**
   * Lines sharing a block id came from one HTML block (one <li>, one <p>, one table row)
   * or one PDF paragraph; a new block starts a new candidate entry.
   */
  block: number;
}

export interface PersonMetadata {
  /** <title> of the page or PDF Title. */
  title: string | null;
  /** meta author, PDF Author, JSON-LD Person name, og:title — in that order of trust. */
  author: string | null;
  ogTitle: string | null;
  description: string | null;
  /** schema.org Person objects found in JSON-LD, as {name, email, url, affiliation, sameAs}. */
  persons: {
    name: string | null;
    email: string | null;
    url: string | null;
    affiliation: string | null;
    sameAs: string[];
  }[];
}

export interface CvDocument {
  source: { kind: 'html' | 'pdf' | 'text'; url: string | null; title: string | null; pages: number | null };
  lines: Line[];
  /** Every link target in the main content, in order, deduplicated (mailto: included). */
  links: string[];
  meta: PersonMetadata;
  /** Limits the acquirer applied (see limits.ts), as sentences for the profile's flags. */
  truncated?: string[];
}
