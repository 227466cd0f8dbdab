import { collapseWhitespace } from '../normalize-text';
import type { Line } from '../types';
import { assignBlocks } from './blocks';
import { markHeadings } from './headings';
import { liftMarginLabels } from './margin-labels';
import { layoutPage } from './layout-page';
import { reflow } from './reflow';
import { removeRunningHeaders } from './running-headers';
import type { LaidLine, PdfPageInput } from './types';

/**
 * The recipe: each page laid out into visual lines in reading order, running headers and page
 * numbers removed across pages, headings found by size and weight, lines grouped into blocks
 * (entries and paragraphs), then soft-wrapped lines of a block joined into logical lines (words
 * hyphenated at line ends rejoined), as the HTML acquirer gives one line per paragraph or item.
 */
export function layoutDocument(pages: PdfPageInput[]): Line[] {
  const laid = removeRunningHeaders(pages.map(layoutPage)).flat();
  markHeadings(laid);
  const { lines, infos } = reflow(laid, assignBlocks(laid));
  return liftMarginLabels(lines.map((l, i) => toLine(l, infos[i]!)));
}

function toLine(l: LaidLine, info: ReturnType<typeof assignBlocks>[number]): Line {
  return {
    cells: l.cells,
    text: collapseWhitespace(l.cells.map((c) => c.text).join(' ')),
    kind: info.kind,
    headingLevel: l.heading ? l.headingLevel : null,
    fontSize: Math.round(l.size * 100) / 100,
    page: l.page,
    y: Math.round(l.top * 100) / 100,
    depth: info.depth,
    block: info.block,
  };
}

/** Every link target in reading order, deduplicated, then links no text was found under. */
export function collectLinks(lines: Line[], pages: PdfPageInput[]): string[] {
  const seen = new Set<string>();
  for (const line of lines)
    for (const cell of line.cells) for (const run of cell.runs) if (run.href) seen.add(run.href);
  for (const page of pages) for (const link of page.links) seen.add(link.href);
  return [...seen];
}

export type { PdfPageInput, PdfTextInput, PdfLinkInput } from './types';
