import venueData from './venues.json';

/** Title and venue normalisation for matching CV entries to records. */

export function plain(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/<[^>]+>/g, ' ') // Crossref titles may carry <i>…</i>
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The title as compared: no case, accents, punctuation or DBLP's final ".". */
export function normaliseTitle(title: string): string {
  return plain(title);
}

function bigrams(text: string): Map<string, number> {
  const grams = new Map<string, number>();
  const squeezed = text.replace(/ /g, '');
  for (let i = 0; i < squeezed.length - 1; i++) {
    const gram = squeezed.slice(i, i + 2);
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}

/** Dice coefficient over character bigrams of normalised titles: 1 for equal titles. */
export function titleSimilarity(a: string, b: string): number {
  const na = normaliseTitle(a);
  const nb = normaliseTitle(b);
  if (!na || !nb) return 0;
  if (na === nb) return 1;
  const ga = bigrams(na);
  const gb = bigrams(nb);
  let shared = 0;
  let total = 0;
  for (const [gram, count] of ga) {
    shared += Math.min(count, gb.get(gram) ?? 0);
    total += count;
  }
  for (const count of gb.values()) total += count;
  return total === 0 ? 0 : (2 * shared) / total;
}

/** Titles this close in characters may be the same paper; below AMBIGUOUS_TITLE they are different ones. */
export const AMBIGUOUS_TITLE = 0.8;

const TITLE_STOP = new Set([
  'a',
  'an',
  'the',
  'of',
  'on',
  'in',
  'for',
  'and',
  'to',
  'with',
  'by',
  'via',
  'at',
]);

function contentWords(title: string): string[] {
  return normaliseTitle(title)
    .split(' ')
    .filter((w) => w && !TITLE_STOP.has(w));
}

/** One edit apart (a typo, a plural, -ise/-ize): long words only, where that cannot make another word. */
function nearWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 5 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  let j = 0;
  while (j < a.length - i && j < b.length - i && a[a.length - 1 - j] === b[b.length - 1 - j]) j++;
  return a.length - i - j <= 1 && b.length - i - j <= 1;
}

function unmatched(words: string[], other: string[]): string[] {
  return words.filter((w) => !other.some((o) => nearWord(w, o)));
}

export type TitleRelation = 'same' | 'near' | 'different';

/**
 * How two titles relate. Same: the same content words, give or take a typo, case, punctuation
 * or hyphenation. Near: one adds words to the other (a subtitle dropped) and the characters are
 * close. Different otherwise: one content word in place of another makes another paper
 * ("Federated Learning" is not "Federated Unlearning"), however alike the characters.
 */
export function titleRelation(a: string, b: string): TitleRelation {
  const na = normaliseTitle(a);
  const nb = normaliseTitle(b);
  if (!na || !nb) return 'different';
  if (na.replace(/ /g, '') === nb.replace(/ /g, '')) return 'same';
  const wa = contentWords(a);
  const wb = contentWords(b);
  const onlyA = unmatched(wa, wb).length;
  const onlyB = unmatched(wb, wa).length;
  if (wa.length > 0 && onlyA === 0 && onlyB === 0) return 'same';
  if ((onlyA === 0 || onlyB === 0) && titleSimilarity(a, b) >= AMBIGUOUS_TITLE) return 'near';
  return 'different';
}

export function sameTitle(a: string, b: string): boolean {
  return titleRelation(a, b) === 'same';
}

/** A title of several content words: shared by chance with a namesake only rarely. */
export function distinctiveTitle(title: string): boolean {
  return contentWords(title).filter((w) => w.length >= 3).length >= 4;
}

interface VenueData {
  venues: { key: string; names?: string[]; exact?: string[] }[];
  series: { key: string; names: string[]; publishes: string[] }[];
  preprints: string[];
  abbreviations: Record<string, string>;
  qualifiers: string[];
}
const DATA = venueData as VenueData;
const VENUE_STOP = new Set(['the', 'of', 'on', 'and', 'in', 'for', 'a', 'an', 'at', 'de']);
// Words that say what kind of meeting or issue, not which venue.
const GENERIC = new Set([
  'proceedings',
  'conference',
  'international',
  'annual',
  'meeting',
  'volume',
  'vol',
  'no',
  'pp',
  'edition',
  'ieee',
  'acm',
  'oral',
  'spotlight',
  'poster',
]);
const QUALIFIERS = new Set(DATA.qualifiers);

/** Plain words, ISO-4 abbreviations expanded, small words dropped: "Ann. Statist." → "annals statistics". */
function canonical(text: string): string[] {
  return plain(text.replace(/&/g, ' and '))
    .split(' ')
    .map((w) => DATA.abbreviations[w] ?? w)
    .filter((w) => w && !VENUE_STOP.has(w));
}
const phrase = (text: string): string => ` ${canonical(text).join(' ')} `;

const NAMED = DATA.venues.map((v) => ({
  key: v.key,
  names: (v.names ?? []).map(phrase),
  exact: (v.exact ?? []).map((n) => canonical(n).join(' ')),
}));
const SERIES = DATA.series.map((s) => ({ ...s, names: s.names.map(phrase) }));
const PREPRINTS = DATA.preprints.map(phrase);

interface VenueKey {
  /** Venues of the table this string names (several for a series such as PMLR). */
  keys: Set<string>;
  workshop: boolean;
  /** DBLP's "WORKSHOP@CONF": the workshop's short name. */
  workshopName: string | null;
  /** Distinctive words: no years, numbers or words such as "proceedings". */
  words: string[];
  /** The same without what parentheses held ("Journal X (Statistical Methodology)"). */
  core: string[];
}

function distinctive(text: string): string[] {
  return canonical(text).filter((w) => !GENERIC.has(w) && !/^\d+(st|nd|rd|th)?$/.test(w));
}

function venueKey(venue: string): VenueKey {
  const at = /^\s*([\p{L}\p{N}-]+)@([\p{L}\p{N}-]+)\s*$/u.exec(venue);
  const text = at ? at[2]! : venue;
  const spaced = phrase(text);
  const keys = new Set<string>();
  const whole = distinctive(text).join(' ');
  for (const v of NAMED) {
    if (v.names.some((n) => spaced.includes(n)) || v.exact.includes(whole)) keys.add(v.key);
  }
  for (const s of SERIES)
    if (s.names.some((n) => spaced.includes(n))) s.publishes.forEach((k) => keys.add(k));
  return {
    keys,
    workshop: at !== null || /\bworkshops?\b|\bws\b/i.test(venue),
    workshopName: at ? at[1]!.toLowerCase() : null,
    words: distinctive(venue),
    core: distinctive(venue.replace(/\([^)]*\)/g, ' ')),
  };
}

/** ISO-4 abbreviates by cutting a word short: "Statist." is statistics, "Comput." computation. */
function sameWord(a: string, b: string): boolean {
  return a === b || (Math.min(a.length, b.length) >= 3 && (a.startsWith(b) || b.startsWith(a)));
}

/** Whether two word lists name one venue: the same words, or one adds only words that do not change the venue. */
function sameWords(a: string[], b: string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length === 0) return false;
  if (!short.every((w) => long.some((l) => sameWord(w, l)))) return false;
  const extra = long.filter((l) => !short.some((w) => sameWord(w, l)));
  if (extra.length === 0) return true;
  // "Nature" is not "Nature Communications", "Physical Review" not "Physical Review E".
  if (short.length < 2) return false;
  return extra.every((w) => w.length > 1 && !QUALIFIERS.has(w));
}

/** Whether a CV venue and a record's venue name the same place (main track vs workshop counts). */
export function venuesAgree(cv: string, record: string): boolean {
  const a = venueKey(cv);
  const b = venueKey(record);
  if (a.workshop !== b.workshop) return false;
  if (a.keys.size > 0 && b.keys.size > 0) {
    if (![...a.keys].some((k) => b.keys.has(k))) return false;
    if (!a.workshop) return true;
    // A workshop named after its conference: the workshop must be the same one too.
    const named = a.workshopName ?? b.workshopName;
    if (named) return (a.workshopName ? b : a).words.includes(named);
  } else if (a.keys.size > 0 || b.keys.size > 0) {
    // One side is a known venue, the other names none: "ICML" against "arXiv", "Nature" against "Nature Communications".
    const known = a.keys.size > 0 ? a : b;
    const other = known === a ? b : a;
    const exactKey = [...known.keys].some((k) => NAMED.find((v) => v.key === k)?.exact.length);
    if (!exactKey || other.words.length === 0) return false;
  }
  if (a.workshop) {
    const shared = a.words.filter((w) => b.words.includes(w)).length;
    const smaller = Math.min(a.words.length, b.words.length);
    return smaller > 0 && shared / smaller >= 0.6;
  }
  return sameWords(a.words, b.words) || sameWords(a.core, b.core);
}

/** A repository of preprints or deposits rather than a venue that reviewed the paper. */
export function isPreprintVenue(venue: string): boolean {
  const spaced = phrase(venue);
  return PREPRINTS.some((p) => spaced.includes(p));
}

/** A CV venue that says only "not yet published". */
export function isUnpublishedVenue(venue: string | null): boolean {
  return (
    venue === null || /^\s*(submitted|preprint|under review|in preparation|working paper)\b/i.test(venue)
  );
}
