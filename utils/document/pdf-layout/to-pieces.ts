import { cleanItemText } from './clean-text';
import { fontStyle } from './font-style';
import { closeLetterSpacing } from './letter-spacing';
import type { PdfLinkInput, PdfPageInput, PdfTextInput, Piece } from './types';

/**
 * Text items → pieces. White-space-only items carry no glyphs but mark a word boundary, so
 * they set `spaceAfter` on the piece before them; geometry decides the rest. Items are cut
 * where a link rectangle starts or ends inside them, so a run's href covers only its text.
 */
export function toPieces(page: PdfPageInput): Piece[] {
  const pieces: Piece[] = [];
  let previous: Piece | null = null;
  for (const item of page.items) {
    const text = closeLetterSpacing(cleanItemText(item.text));
    if (!text.trim()) {
      if (text.length > 0 && previous && Math.abs(previous.baseline - item.baseline) < item.fontSize * 0.3) {
        previous.spaceAfter = true;
      }
      continue;
    }
    if (!(item.fontSize > 0) || !Number.isFinite(item.x) || !Number.isFinite(item.baseline)) continue;
    const made = splitByLinks(item, text, page.links);
    pieces.push(...made);
    previous = made[made.length - 1] ?? previous;
  }
  return pieces;
}

function splitByLinks(item: PdfTextInput, text: string, links: PdfLinkInput[]): Piece[] {
  const style = fontStyle(item.fontName);
  const bold = style.bold;
  const italic = style.italic || item.slanted === true;
  // Widths per character are not known; an even share is close enough to place link edges.
  const charWidth = item.width > 0 ? item.width / text.length : item.fontSize * 0.5;
  const middle = item.baseline - item.fontSize * item.ascent * 0.4;
  const hits = links.filter((l) => middle >= l.top - 1 && middle <= l.bottom + 1);
  const hrefAt = (i: number): string | null => {
    const cx = item.x + (i + 0.5) * charWidth;
    return hits.find((l) => cx >= l.left && cx <= l.right)?.href ?? null;
  };
  const out: Piece[] = [];
  let start = 0;
  let startHref = hrefAt(0);
  // Most items lie under no link: one piece, without asking each character for its link.
  for (let i = hits.length === 0 ? text.length : 1; i <= text.length; i++) {
    if (i < text.length && hrefAt(i) === startHref) continue;
    const raw = text.slice(start, i);
    const lead = raw.length - raw.trimStart().length;
    const trail = raw.length - raw.trimEnd().length;
    const visible = raw.trim();
    if (visible) {
      out.push({
        text: visible,
        x: item.x + (start + lead) * charWidth,
        right: item.x + (i - trail) * charWidth,
        baseline: item.baseline,
        size: item.fontSize,
        ascent: item.ascent,
        bold,
        italic,
        font: item.fontName,
        href: hrefAt(start + lead),
        spaceBefore: lead > 0,
        spaceAfter: trail > 0,
      });
    } else if (out.length > 0) {
      out[out.length - 1]!.spaceAfter = true;
    }
    start = i;
    startHref = hrefAt(i);
  }
  return out;
}
