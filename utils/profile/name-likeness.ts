import { collapseWhitespace } from '../document/normalize-text';
import { LETTERS_AFTER_NAME, PAGE_WORD, TITLE_BEFORE_NAME } from '../lexicon/name-words';
import { isParticle } from '../names/particles';

/** A person's name stripped of titles and page words ("Dr. Jane Doe, PhD — CV" → "Jane Doe"). */
export function cleanNameCandidate(text: string): string {
  return collapseWhitespace(
    text
      .replace(TITLE_BEFORE_NAME, '')
      .replace(LETTERS_AFTER_NAME, '')
      .replace(/['’]s\s+(?:home\s*page|website|page|cv)$/i, '')
      .replace(/\s*\((?:he|she|they)\/\w+\)$/i, ''),
  );
}

/** A Chinese or Korean name as written in its own script: two to four characters, no spaces. */
export const CJK_NAME = /^(?:\p{Script=Han}{2,4}|\p{Script=Hangul}{2,4})$/u;

/** Whether a text reads as a person's name: 2–5 capitalised words (particles and initials allowed). */
export function isNameLike(text: string): boolean {
  if (CJK_NAME.test(text)) return true;
  if (text.length < 4 || text.length > 60 || /[\d@/:|·•]/.test(text) || PAGE_WORD.test(text)) return false;
  const words = text.split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  let capitalised = 0;
  for (const word of words) {
    if (isParticle(word)) continue;
    if (!/^\p{Lu}[\p{L}'’.-]*$/u.test(word)) return false;
    capitalised++;
  }
  return capitalised >= 2 || (capitalised === 1 && words.length >= 2 && isParticle(words[0]!));
}

/** A name written in capitals, as letterheads do, in ordinary case. */
export function titleCaseName(text: string): string {
  if (text !== text.toUpperCase()) return text;
  return text
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}
