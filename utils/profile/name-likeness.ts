import { collapseWhitespace } from '../document/normalize-text';

const PARTICLES = new Set([
  'de',
  'da',
  'di',
  'du',
  'des',
  'del',
  'della',
  'van',
  'von',
  'der',
  'den',
  'ter',
  'le',
  'la',
  'el',
  'al',
  'bin',
  'ben',
  'ibn',
  'y',
  'dos',
  'das',
  'do',
  'e',
  'zu',
  'af',
  'st.',
]);

/** Words that mark a title or a page, never a person's name. */
const NOT_A_NAME =
  /\b(cv|curriculum|vitae|r[ée]sum[ée]|home|homepage|page|publications?|research|university|institute|department|college|school|lab|laboratory|group|blog|welcome|about|contact|news|summary|overview|profile|teaching|faculty|staff|directory|search|results|site|website|personal|academic|official|the|and|of|for|in|on|with|news|article|story|report|study)\b/i;

/** A person's name stripped of titles and page words ("Dr. Jane Doe, PhD — CV" → "Jane Doe"). */
export function cleanNameCandidate(text: string): string {
  return collapseWhitespace(
    text
      .replace(/^(?:dr|prof|professor|mr|mrs|ms|mx|sir|dame)\.?\s+/i, '')
      .replace(/,?\s+(?:ph\.?\s?d\.?|d\.?phil\.?|m\.?d\.?|msc|frs)\.?$/i, '')
      .replace(/['’]s\s+(?:home\s*page|website|page|cv)$/i, '')
      .replace(/\s*\((?:he|she|they)\/\w+\)$/i, ''),
  );
}

/** Whether a text reads as a person's name: 2–5 capitalised words (particles and initials allowed). */
/** A Chinese or Korean name as written in its own script: two to four characters, no spaces. */
export const CJK_NAME = /^(?:\p{Script=Han}{2,4}|\p{Script=Hangul}{2,4})$/u;

export function isNameLike(text: string): boolean {
  if (CJK_NAME.test(text)) return true;
  if (text.length < 4 || text.length > 60 || /[\d@/:|·•]/.test(text) || NOT_A_NAME.test(text)) return false;
  const words = text.split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  let capitalised = 0;
  for (const word of words) {
    if (PARTICLES.has(word.toLowerCase())) continue;
    if (!/^\p{Lu}[\p{L}'’.-]*$/u.test(word)) return false;
    capitalised++;
  }
  return (
    capitalised >= 2 || (capitalised === 1 && words.length >= 2 && PARTICLES.has(words[0]!.toLowerCase()))
  );
}

/** A name written in capitals, as letterheads do, in ordinary case. */
export function titleCaseName(text: string): string {
  if (text !== text.toUpperCase()) return text;
  return text
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}
