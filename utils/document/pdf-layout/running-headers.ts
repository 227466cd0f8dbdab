import type { LaidLine } from './types';

/** Page numbers as printed: "2", "Page 2", "Page 2 of 4", "2 / 4", "– 2 –", "ii". */
const PAGE_NUMBER =
  /^(?:(?:page|p\.|seite|pagina|página)\s*)?[0-9]{1,3}(?:\s*(?:of|\/|von|de|sur)\s*[0-9]{1,3})?$|^[-–—]\s*[0-9]{1,3}\s*[-–—]$|^[ivxlc]{1,6}$/i;

/** The margin band, as a share of the page height, where running headers and footers live. */
const MARGIN = 0.12;
/** How many lines at each end of a page may be a header or footer. */
const EDGE_LINES = 3;

/** Same text once digits are masked: "Page 1 of 3" and "Page 2 of 3" are one footer. */
const signature = (line: LaidLine): string =>
  line.cells
    .map((c) => c.text)
    .join(' ')
    .toLowerCase()
    .replace(/[0-9]+/g, '#')
    .replace(/\s+/g, ' ')
    .trim();

function edgeLines(lines: LaidLine[]): LaidLine[] {
  const byY = [...lines].sort((a, b) => a.baseline - b.baseline);
  const picked = new Set([...byY.slice(0, EDGE_LINES), ...byY.slice(-EDGE_LINES)]);
  return [...picked].filter((l) => l.baseline < l.pageHeight * MARGIN || l.top > l.pageHeight * (1 - MARGIN));
}

/**
 * Removes running headers, footers and page numbers: lines in the top or bottom margin that
 * are a page number, or whose text (digits masked) recurs at the same height and size on
 * other pages.
 */
export function removeRunningHeaders(pages: LaidLine[][]): LaidLine[][] {
  const candidates = pages.map(edgeLines);
  const seen = new Map<string, LaidLine[]>();
  for (const line of candidates.flat()) {
    const key = signature(line);
    seen.set(key, [...(seen.get(key) ?? []), line]);
  }
  const needed = pages.length >= 3 ? Math.ceil(pages.length / 2) : 2;
  const drop = new Set<LaidLine>();
  for (const line of candidates.flat()) {
    const text = line.cells
      .map((c) => c.text)
      .join(' ')
      .trim();
    if (PAGE_NUMBER.test(text)) {
      drop.add(line);
      continue;
    }
    // Same text, height and size: a name printed large on page 1 is not page 2's small header.
    const same = (seen.get(signature(line)) ?? []).filter(
      (o) => Math.abs(o.baseline - line.baseline) < 4 && Math.abs(o.size - line.size) < 0.5,
    );
    if (new Set(same.map((o) => o.page)).size >= needed) drop.add(line);
  }
  return pages.map((lines) => lines.filter((l) => !drop.has(l)));
}
