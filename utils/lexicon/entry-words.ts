/** Word lists that tell the parts of an entry apart: degrees, roles, organisations, places. */
import countries from './countries.json';
import degrees from './degrees.json';
import organisations from './organisations.json';
import roles from './roles.json';
import { abbreviationAlternation, alternation, UNSPACED_LETTERS, withAccentlessForms } from './compile';

/** A degree word of any language, as regex source without boundaries: "Ph.D.", "MSc", "Dipl.-Ing.". */
export const DEGREE_WORD = abbreviationAlternation(
  Object.values(degrees.words).flatMap((words) => withAccentlessForms(words)),
);

export const DEGREE = new RegExp(`(?<![\\p{L}])${DEGREE_WORD}(?![\\p{L}])`, 'iu');

const roleWords = Object.values(roles.words).flat();
const UNSPACED_WORD = new RegExp(`[${UNSPACED_LETTERS}]`, 'u');

/** A role word of any language, as regex source without boundaries: "lecturer", "chargé de recherche". */
export const ROLE_WORD = alternation(roleWords);

/** A rank written before a role word, as regex source without boundaries: "assistant", "senior". */
export const ROLE_RANK = alternation(Object.values(roles.ranks).flat());

/**
 * A role word of any language ("Lecturer", "Chargée de recherche", "副教授"): a whole word, with a
 * letter of any script on neither side (an ASCII boundary would not end "Chargée" or "Stagière"),
 * or a word of Han or kana anywhere, since those scripts write a post's grade and field joined
 * to it ("特任助教", "研究员 II").
 */
export const ROLE = new RegExp(
  `(?<![\\p{L}\\p{N}_])${alternation(roleWords.filter((w) => !UNSPACED_WORD.test(w)))}(?![\\p{L}\\p{N}_])|${alternation(roleWords.filter((w) => UNSPACED_WORD.test(w)))}`,
  'iu',
);

/** Whole words of any script: a letter, digit or underscore on neither side. */
const wholeWords = (words: string[]) =>
  new RegExp(
    `(?<![\\p{L}\\p{N}_])${abbreviationAlternation(withAccentlessForms(words), false)}(?![\\p{L}\\p{N}_])`,
    'iu',
  );
const institutionWords = (rank: (typeof organisations.institutions)[number]) =>
  Object.values(rank.words as Record<string, string[]>).flat();

/** An organisation word of any language or an organisation's name ("University", "GmbH", "CNRS"). */
export const ORGANIZATION = wholeWords([
  ...organisations.institutions.flatMap(institutionWords),
  ...Object.values(organisations.words).flat(),
  ...organisations.names,
]);

/** Ranks of institution words for education: a university names the institution better than its college. */
export const INSTITUTION_RANK: [RegExp, number][] = organisations.institutions.map((rank) => [
  wholeWords(institutionWords(rank)),
  rank.rank,
]);

/** Country names; a short form's dots may be left out ("U.S.A", "UK"), as a final one is trimmed first. */
const COUNTRIES = abbreviationAlternation(Object.values(countries.words).flat(), false);

/** "City, Country", a country alone, or "City, ST" (US state). */
export const LOCATION = new RegExp(
  `^(?:[\\p{Lu}][\\p{L}.' -]+,\\s*)?(?:${COUNTRIES}|[A-Z]{2})$|^(?:${COUNTRIES})$|^(?:remote|online|virtual)$`,
  'iu',
);

/** Whole-word test that keeps "US"/"UK" style state and country codes case-sensitive. */
export function looksLikeLocation(text: string): boolean {
  const t = text.trim().replace(/[.,;]+$/, '');
  if (t.length === 0 || t.length > 50) return false;
  if (/,\s*[a-z]{2}$/.test(t)) return false;
  return LOCATION.test(t) && !ORGANIZATION.test(t);
}
