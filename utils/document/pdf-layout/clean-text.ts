/** Character clean-up for extracted PDF strings: ligatures, control and private-use glyphs. */

const LIGATURES: Record<string, string> = {
  '\ufb00': 'ff',
  '\ufb01': 'fi',
  '\ufb02': 'fl',
  '\ufb03': 'ffi',
  '\ufb04': 'ffl',
  '\ufb05': 'st',
  '\ufb06': 'st',
};

/** Any character isInvisible takes out. */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const INVISIBLE = /[\u0000-\u001f\u007f\ue000-\uf8ff\u{f0000}-\u{10ffff}]/u;

/**
 * Cleans one extracted string. Ligature glyphs become letters; control characters (pdf.js
 * gives U+0000 for glyphs without Unicode) and private-use code points (icon fonts such as
 * FontAwesome in moderncv/altacv) carry no text and go; tabs and line breaks become spaces.
 */
export function cleanItemText(text: string): string {
  const spaced = text.replace(/[\ufb00-\ufb06]/g, (c) => LIGATURES[c] ?? c).replace(/[\t\n\r\f\v]/g, ' ');
  return withoutInvisible(spaced);
}

/** A text without its control characters and private-use code points (isInvisible). */
export function withoutInvisible(text: string): string {
  // Most strings hold no invisible character: they are kept whole, not taken apart and joined again.
  if (!INVISIBLE.test(text)) return text;
  return Array.from(text)
    .filter((c) => !isInvisible(c.codePointAt(0) ?? 0))
    .join('');
}

/** Control characters and private-use code points (BMP and supplementary planes). */
export function isInvisible(code: number): boolean {
  return code < 0x20 || code === 0x7f || (code >= 0xe000 && code <= 0xf8ff) || code >= 0xf0000;
}

/**
 * Final form of a piece of text: dotless i under an accent becomes i (TeX builds í from ı and
 * an acute), and everything is NFC so "e" + U+0302 + U+0303 compares equal to "ễ".
 */
export function finishText(text: string): string {
  return text.replace(/\u0131(?=[\u0300-\u036f])/g, 'i').normalize('NFC');
}
