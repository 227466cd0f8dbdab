/**
 * Text runs of a PDF page in page units (PDF points, origin top-left), computed from pdf.js
 * text items the same way its text layer places them, so geometry is known before a page is
 * drawn and the logic stays pure.
 */

/** The slice of a pdf.js TextItem the view needs. */
export interface RawTextItem {
  str: string;
  /** The item's text matrix [a, b, c, d, e, f] in PDF user space (origin bottom-left). */
  transform: number[];
  /** Advance width in page units. */
  width: number;
}

/** A page's unscaled box (pdf.js PageViewport.rawDims). */
export interface PageDims {
  pageWidth: number;
  pageHeight: number;
  pageX: number;
  pageY: number;
}

export interface TextRun {
  /** 1-based page number. */
  page: number;
  /** Position among the page's text items, i.e. among pdf.js TextLayer.textDivs. */
  index: number;
  str: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Share of the font height above the baseline; close enough for placing a badge beside a line. */
const ASCENT = 0.8;

/** The text runs of one page, in text-layer order (items without `str` are skipped, as pdf.js does). */
export function runsOfPage(page: number, items: RawTextItem[], dims: PageDims): TextRun[] {
  return items.map((item, index) => {
    const [, , c = 0, d = 0, e = 0, f = 0] = item.transform;
    const fontHeight = Math.hypot(c, d);
    const left = e - dims.pageX;
    const baseline = dims.pageY + dims.pageHeight - f;
    return {
      page,
      index,
      str: item.str,
      left,
      right: left + Math.max(0, item.width),
      top: baseline - ASCENT * fontHeight,
      bottom: baseline + (1 - ASCENT) * fontHeight,
    };
  });
}

/** Whether two runs sit on the same visual line: they share most of the shorter one's height. */
export function sameLine(a: TextRun, b: TextRun): boolean {
  if (a.page !== b.page) return false;
  const overlap = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  const shorter = Math.min(a.bottom - a.top, b.bottom - b.top);
  return shorter > 0 && overlap >= 0.5 * shorter;
}
