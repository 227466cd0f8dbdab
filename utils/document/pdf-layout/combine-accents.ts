import type { Piece } from './types';

/**
 * Accents that TeX (and some word processors) draw as a separate glyph over or under a letter,
 * mapped to the combining mark with the same meaning. pdfTeX writes "Nguy", a raised "˜", then
 * "ên": the tilde must land on the "ê" it is drawn over, giving "ễ" after NFC.
 */
const SPACING_TO_COMBINING: Record<string, string> = {
  '`': '\u0300',
  '\u00b4': '\u0301',
  '^': '\u0302',
  '\u02c6': '\u0302',
  '~': '\u0303',
  '\u02dc': '\u0303',
  '\u00af': '\u0304',
  '\u02c9': '\u0304',
  '\u02d8': '\u0306',
  '\u02d9': '\u0307',
  '\u00a8': '\u0308',
  '\u02da': '\u030a',
  '\u02dd': '\u030b',
  '\u02c7': '\u030c',
  '\u00b8': '\u0327',
  '\u02db': '\u0328',
};

/** Spacing accents that never stand alone in CV prose, so inline "ˆe" is always an accent. */
const INLINE_ACCENTS = /([\u00b4\u02c6\u02dc\u00af\u02c9\u02d8\u02d9\u00a8\u02da\u02dd\u02c7])(\p{L})/gu;

function markOf(text: string): string | null {
  const t = text.trim();
  if (/^[\u0300-\u036f]$/.test(t)) return t;
  return SPACING_TO_COMBINING[t] ?? null;
}

/** Puts the combining mark after the letter of `piece` nearest to x (accents sit centred on it). */
function attach(piece: Piece, mark: string, x: number): void {
  const chars = Array.from(piece.text);
  const step = (piece.right - piece.x) / Math.max(1, chars.length);
  const guess = Math.min(chars.length - 1, Math.max(0, Math.floor((x - piece.x) / Math.max(step, 0.01))));
  // Prefer the guessed character, then its neighbours, whichever is a letter.
  const order = [guess, guess - 1, guess + 1].filter((i) => i >= 0 && i < chars.length);
  const at = order.find((i) => /\p{L}/u.test(chars[i]!)) ?? guess;
  chars[at] = chars[at]! + mark;
  piece.text = chars.join('');
}

/** Accents that never stand alone in CV prose, at the end of a piece (after an optional space): "R ´", "Valent´". */
const TRAILING_ACCENT =
  /\s?([\u00b4\u02c6\u02dc\u00af\u02c9\u02d8\u02d9\u00a8\u02da\u02dd\u02c7\u00b8\u02db])$/u;

/**
 * pdfTeX without T1 encoding ends an item with the grave accent and starts the next with its
 * letter drawn back over it ("syst`" + "eme"). A backtick is also prose (code, ``quotes''), so
 * it is an accent only where the next glyph starts left of the backtick's own right edge.
 */
const TRAILING_GRAVE = /`$/u;

/**
 * Cedilla and ogonek hang under their letter, and TeX may draw them after it: "Franc" + "¸ois",
 * "FAC" + "¸ ADE". Such a mark starting a piece drawn back over the previous piece's end belongs
 * to that piece's last letter (the space pdf.js reads after the mark is its cancelled advance).
 */
const LEADING_BELOW_ACCENT = /^([\u00b8\u02db])\s?/u;

/** Same line: baselines within a third of the type size. */
function sameBaseline(a: Piece, b: Piece): boolean {
  return Math.abs(a.baseline - b.baseline) <= a.size * 0.3;
}

/**
 * Some fonts end a text item with the accent and start the next with its letter ("R ´" + "esum ´" +
 * "e" for "Résumé"): the mark moves onto the letter that follows on the same baseline.
 */
function moveTrailingAccents(pieces: Piece[]): void {
  pieces.forEach((piece, i) => {
    const next = pieces[i + 1];
    if (!next || !/^\p{L}/u.test(next.text) || !sameBaseline(piece, next) || next.x < piece.x) return;
    const accent = TRAILING_ACCENT.exec(piece.text);
    const grave = accent ? null : TRAILING_GRAVE.exec(piece.text);
    const found = accent ?? grave;
    if (!found || piece.text.length === found[0].length) return;
    // An accent that never stands alone may sit a little before its letter; a backtick must overlap it.
    const reach = accent ? piece.size * 0.5 : 0;
    if (next.x - piece.right >= reach) return;
    const [first, ...rest] = Array.from(next.text);
    piece.text = piece.text.slice(0, -found[0].length);
    next.text = first! + SPACING_TO_COMBINING[found[accent ? 1 : 0]!]! + rest.join('');
  });
}

/** A cedilla or ogonek opening a piece that is drawn back over the previous piece goes onto its last letter. */
function moveLeadingBelowAccents(pieces: Piece[]): void {
  pieces.forEach((piece, i) => {
    const previous = pieces[i - 1];
    const accent = LEADING_BELOW_ACCENT.exec(piece.text);
    if (!accent || !previous || piece.text.length === accent[0].length) return;
    if (!sameBaseline(previous, piece) || piece.x >= previous.right || !/\p{L}$/u.test(previous.text)) return;
    previous.text += SPACING_TO_COMBINING[accent[1]!]!;
    piece.text = piece.text.slice(accent[0].length);
  });
}

export function combineAccents(pieces: Piece[]): Piece[] {
  moveLeadingBelowAccents(pieces);
  moveTrailingAccents(pieces);
  const bases = pieces.filter((p) => markOf(p.text) === null);
  for (const p of bases)
    p.text = p.text.replace(INLINE_ACCENTS, (_, a: string, l: string) => l + SPACING_TO_COMBINING[a]!);
  const kept = new Set<Piece>(bases);
  for (const accent of pieces) {
    const mark = markOf(accent.text);
    if (mark === null) continue;
    const cx = (accent.x + accent.right) / 2;
    const slack = accent.size * 0.1;
    let best: Piece | null = null;
    for (const b of bases) {
      if (cx < b.x - slack || cx > b.right + slack) continue;
      if (Math.abs(b.baseline - accent.baseline) > b.size * 0.8) continue;
      if (!best || Math.abs(b.baseline - accent.baseline) < Math.abs(best.baseline - accent.baseline))
        best = b;
    }
    // A lone "^" or "~" with no letter under it is real text (a footnote mark, "~5 years").
    if (best) attach(best, mark, cx);
    else kept.add(accent);
  }
  return pieces.filter((p) => kept.has(p));
}
