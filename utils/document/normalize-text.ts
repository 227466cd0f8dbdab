/** Text clean-up shared by every stage: one notion of whitespace, dashes and comparison keys. */

/** Collapses every run of whitespace (incl. non-breaking and zero-width spaces) to one space. */
export function collapseWhitespace(text: string): string {
  return text
    .replace(/\u200b|\u200c|\u200d|\ufeff/g, '')
    .replace(/[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, ' ')
    .trim();
}

/** Every dash-like character CVs use between dates, as one class. */
export const DASH_CLASS = '\\-\u2010\u2011\u2012\u2013\u2014\u2015\u2212~';

/**
 * Printable ASCII and whitespace: decomposition and mark removal change nothing in it, and once
 * lower-cased its letters and digits are a-z and 0-9.
 */
const PLAIN_ASCII = /^[\t\n\v\f\r -~]*$/;

/** Lower-case, accents removed, punctuation as spaces: a key for comparing wordings. */
export function comparisonKey(text: string): string {
  // The same key without the Unicode passes, which cost most of the time on the usual ASCII text.
  if (PLAIN_ASCII.test(text))
    return text
      .toLowerCase()
      .replace(/&/g, ' and ')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The comparisonKey of `texts` joined by spaces, built text by text: the key of the joined text is
 * the texts' keys joined, and a text of plain ASCII takes the fast path, where the whole would take
 * the Unicode passes for one accent anywhere in it.
 */
export function joinedKey(texts: readonly string[]): string {
  return texts
    .map((text) => comparisonKey(text))
    .filter((key) => key !== '')
    .join(' ');
}

/**
 * Whether `text` (or several texts joined by spaces, keyed one by one: see joinedKey) holds `words`
 * as whole words, both compared by their comparisonKey.
 */
export function holdsWords(text: string | readonly string[], words: string | null): boolean {
  const key = words ? comparisonKey(words) : '';
  if (key === '') return false;
  const textKey = typeof text === 'string' ? comparisonKey(text) : joinedKey(text);
  return ` ${textKey} `.includes(` ${key} `);
}

/** Bullets and list markers that start a line but carry no meaning. */
const LEADING_BULLET = /^(?:[•·▪▫◦‣⁃●○■□◆◇✦✧★☆►▶➢➤→*–—-]|\(?\d{1,3}[.)]|\[\d{1,3}\])\s+/u;

export function stripLeadingBullet(text: string): string {
  let out = text;
  for (let i = 0; i < 3 && LEADING_BULLET.test(out); i++) out = out.replace(LEADING_BULLET, '');
  return out;
}

/** Trims separators and punctuation left at either end after cutting a string apart. */
export function trimPunctuation(text: string): string {
  return text
    .replace(/^[\s,;:·|–—.-]+/u, '')
    .replace(/[\s,;:·|–—-]+$/u, '')
    .trim();
}
