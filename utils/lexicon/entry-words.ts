/** Word lists that tell the parts of an entry apart: degrees, roles, organisations, places. */
import degrees from './degrees.json';
import roles from './roles.json';
import { abbreviationAlternation, alternation, withoutAccents } from './compile';

/** A degree word of any language, as regex source without boundaries: "Ph.D.", "MSc", "Dipl.-Ing.". */
export const DEGREE_WORD = abbreviationAlternation(
  Object.values(degrees.words).flatMap((words) => words.flatMap((w) => [w, withoutAccents(w)])),
);

export const DEGREE = new RegExp(`(?<![\\p{L}])${DEGREE_WORD}(?![\\p{L}])`, 'iu');

/**
 * A role word of any language ("Lecturer", "Chargé de recherche"). The flags are only "i": its
 * boundaries are ASCII word boundaries, as the learned models were trained with.
 */
export const ROLE = new RegExp(`\\b${alternation(Object.values(roles.words).flat())}\\b`, 'i');

export const ORGANIZATION =
  /\b(university|universit[éeäà]t?|universidad|universidade|universit[àa]|college|coll[èe]ge|institute|institut|instituto|school|[ée]cole|polytechni(?:c|que)|academy|acad[ée]mie|laborator(?:y|ies)|lab|labs|center|centre|department|dept\.?|faculty of|hospital|clinic|foundation|society|council|agency|ministry|inc\.?|ltd\.?|llc|l\.?p\.?|gmbh|s\.?a\.?|corp(?:oration)?\.?|company|group|research|technologies|systems|bank|capital|partners|initiative|cnrs|inria|inserm|max planck|eth|epfl|mit|caltech|ucl|ucla|nyu|cmu|google|deepmind|microsoft|meta|facebook|amazon|apple|ibm|nvidia|openai|samsung|intel|bloomberg|morgan|goldman|simons)\b/i;

/** Ranks of institution words for education: a university names the institution better than its college. */
export const INSTITUTION_RANK: [RegExp, number][] = [
  [/\b(university|universit|universidad|universidade|polytechni|[ée]cole|eth|epfl|mit|caltech)/i, 3],
  [/\b(institute|institut|instituto|school|academy|acad[ée]mie)\b/i, 2],
  [/\b(college|coll[èe]ge)\b/i, 1],
  [/\b(department|dept|faculty|laborator|lab)\b/i, 0.5],
];

const COUNTRIES =
  'united states|usa|u\\.s\\.a\\.|us|united kingdom|uk|u\\.k\\.|england|scotland|wales|ireland|france|germany|switzerland|italy|spain|portugal|netherlands|belgium|austria|sweden|norway|denmark|finland|poland|czech republic|greece|canada|mexico|brazil|argentina|chile|china|japan|korea|south korea|india|singapore|hong kong|taiwan|israel|morocco|tunisia|algeria|egypt|nigeria|kenya|south africa|australia|new zealand|uae|united arab emirates|saudi arabia|qatar|turkey|russia|iran|pakistan|vietnam|thailand|indonesia|malaysia';

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
