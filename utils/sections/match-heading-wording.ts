import { comparisonKey } from '../document/normalize-text';
import { HEADING_CONJUNCTION } from '../lexicon/name-words';
import { HEADING_MODIFIERS } from '../lexicon/section-headings';
import { HEADING_ALONE, HEADING_WORDINGS, wordingKind } from './heading-wordings';
import type { SectionKind } from './types';

export interface WordingMatch {
  kinds: SectionKind[];
  /** True when every word of the text is heading vocabulary ("Selected Publications & Preprints"). */
  exact: boolean;
}

/** Where a combined heading splits: "+", "/", a comma, a semicolon, or a joining word in any language. */
const PART_SEPARATOR = new RegExp(`\\s*(?:[+/,;]|(?<!\\p{L})${HEADING_CONJUNCTION}(?!\\p{L}))\\s*`, 'iu');

/** A name in the possessive opening a heading ("Tina’s Papers", "John's Talks"). */
const POSSESSIVE_OPENING = /^\p{Lu}\p{L}*['’]s\s+/u;

/**
 * A section's number before its words ("2. Experiencia Académica", "IV) Teaching", "一、论文"), also
 * a sub-section's as LaTeX writes it, without a closing point ("4.1 Doctoral Students Supervised",
 * "A.3. Education"): a number is no word, so "3. Premios y becas" holds section words only, as
 * "Premios y becas" does. A bare count with no point ("4 Student Supervision") is left a word:
 * measured on the corpus, reading it as a number made numbered chapters of handouts and syllabi
 * ("6 Connect to Other Services") look like CV sections.
 */
export const SECTION_NUMBER =
  /^(?:(?:[IVX]{1,4}|[A-Z]|\d{1,2})[.)]\s+(?=\p{Lu})|(?:[A-Z]|\d{1,2})(?:\.\d{1,2}){1,3}\.?\s+(?=\p{Lu})|[一二三四五六七八九十]{1,3}[、.．]\s*)/u;

/** A heading names a section in at most this many words. */
const MAX_WORDS = 8;

/**
 * Whether a text has more words than a heading, told without building its comparison key: every
 * whitespace-separated token holding an ASCII letter or digit gives the key at least one word.
 * Most lines of a document are sentences, and the key (NFKD and two passes) costs far more.
 */
function clearlyTooLong(text: string): boolean {
  let words = 0;
  for (const token of text.split(/\s+/)) if (/[A-Za-z0-9]/.test(token) && ++words > MAX_WORDS) return true;
  return false;
}

/**
 * The section kinds a heading's wording names. Combined headings ("Awards & Service", "Honors and
 * Grants") are split at "and", "&", "/" and commas, each part giving its kind.
 */
export function matchHeadingWording(text: string): WordingMatch {
  if (clearlyTooLong(text)) return { kinds: [], exact: false };
  // A possessive before the section's words qualifies it as "my" does: "Tina’s Papers".
  const words = text.replace(SECTION_NUMBER, '');
  const key = comparisonKey(words.replace(/[:.：]+\s*$/, '').replace(POSSESSIVE_OPENING, ''));
  if (!key || key.split(' ').length > MAX_WORDS) return { kinds: [], exact: false };
  const parts = words.split(PART_SEPARATOR).map(comparisonKey).filter(Boolean);
  const kinds: SectionKind[] = [];
  for (const part of parts.length > 0 ? parts : [key]) {
    const kind = wordingKind(part);
    if (kind && !kinds.includes(kind)) kinds.push(kind);
  }
  if (kinds.length === 0) {
    const whole = wordingKind(key) ?? HEADING_ALONE.get(key);
    if (whole) kinds.push(whole);
  }
  const exact =
    kinds.length > 0 &&
    key
      .split(' ')
      .every(
        (word) =>
          HEADING_MODIFIERS.has(word) ||
          HEADING_ALONE.has(word) ||
          HEADING_WORDINGS.some(({ pattern }) => pattern.test(word)),
      );
  return { kinds, exact };
}

/**
 * matchHeadingWording with each text matched once, for the features of one document: the line
 * context and each line's own features, or the blocks under one heading, ask for the same texts.
 */
export function memoHeadingWording(): (text: string) => WordingMatch {
  const matches = new Map<string, WordingMatch>();
  return (text) => {
    let match = matches.get(text);
    if (!match) matches.set(text, (match = matchHeadingWording(text)));
    return match;
  };
}
