/**
 * Types of the PDF layout stage. Its input is what any PDF text extractor gives (pdf.js here):
 * text items with positions in page coordinates (points, y measured downwards from the top of
 * the page), font size and font name, plus the page's link rectangles. No pdf.js type appears.
 */

export interface PdfTextInput {
  /** The item's string as extracted; may hold ligatures, spacing accents or white space. */
  text: string;
  /** Left edge of the item. */
  x: number;
  /** Baseline, measured from the top of the page. */
  baseline: number;
  /** Advance width of the whole string. */
  width: number;
  fontSize: number;
  /** Share of the font size above the baseline (0.75 when unknown). */
  ascent: number;
  /** The font's real name when known ("ABCDEF+LMRoman10-Bold", "CMTI10"), for bold/italic. */
  fontName: string;
  /** Drawn with a shear, as word processors fake italics for a font without an italic face. */
  slanted?: boolean;
}

export interface PdfLinkInput {
  href: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface PdfPageInput {
  /** 1-based page number. */
  page: number;
  width: number;
  height: number;
  items: PdfTextInput[];
  links: PdfLinkInput[];
}

/** A positioned piece of text of one style: an item, or the part of one a link covers. */
export interface Piece {
  text: string;
  x: number;
  right: number;
  baseline: number;
  size: number;
  ascent: number;
  bold: boolean;
  italic: boolean;
  /** The font's name: a change of font is a change of word where a design sets no space. */
  font: string;
  href: string | null;
  /** The source string had white space before (after) the visible text: a word boundary. */
  spaceBefore: boolean;
  spaceAfter: boolean;
}

/** Pieces sharing a baseline (superscripts and subscripts included), sorted by x. */
export interface Row {
  pieces: Piece[];
  baseline: number;
  /** Dominant font size (by characters). */
  size: number;
}

/** A row (or the part of it in one column) placed in reading order. */
export interface PlacedRow extends Row {
  /** Identifies the column stream the row belongs to ('' for full width, then 'L'/'R' per split). */
  column: string;
  /** x positions of table-column boundaries that must split cells (a dates column). */
  splits: number[];
  /** The row starts in the left part of a table band: a new table row (a new entry). */
  tableStart: boolean;
  /** The row lies in a table band (dates column and entries side by side). */
  inTable: boolean;
  /**
   * Which side of a table band holds its labels (dates): text there starts a new table row,
   * text only on the other side continues the row above. Null outside tables.
   */
  label: 'left' | 'right' | null;
  /** How far right text of this column may reach (the gutter, for a left column), if known. */
  bound: number | null;
}

/** A line with the geometry the later layout steps need; becomes a model Line at the end. */
export interface LaidLine {
  cells: import('../types').Cell[];
  page: number;
  /** Baseline and top, from the top of the page. */
  baseline: number;
  top: number;
  x: number;
  right: number;
  /** Dominant font size of the whole line, and of its first cell (a heading beside a date). */
  size: number;
  leadSize: number;
  column: string;
  inTable: boolean;
  tableStart: boolean;
  label: 'left' | 'right' | null;
  /** The table's column boundaries: where a cell left of one may wrap at the latest. */
  splits: number[];
  bound: number | null;
  pageHeight: number;
  heading: boolean;
  headingLevel: number | null;
}
