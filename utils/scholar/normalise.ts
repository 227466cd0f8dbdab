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

/** Titles this close are the same paper; below AMBIGUOUS_TITLE they are different ones. */
export const SAME_TITLE = 0.9;
export const AMBIGUOUS_TITLE = 0.8;

// Venue spellings seen in CVs, OpenAlex, DBLP, S2 and Crossref, by canonical key.
const VENUE_ALIASES: Record<string, string[]> = {
  icml: ['icml', 'international conference on machine learning'],
  neurips: ['neurips', 'nips', 'neural information processing systems'],
  iclr: ['iclr', 'international conference on learning representations'],
  aistats: ['aistats', 'artificial intelligence and statistics'],
  colm: ['colm', 'conference on language modeling'],
  emnlp: ['emnlp', 'empirical methods in natural language processing'],
  jmlr: ['jmlr', 'journal of machine learning research', 'j mach learn res'],
  tmlr: ['tmlr', 'transactions on machine learning research', 'trans mach learn res'],
  arxiv: ['arxiv', 'corr', 'preprint', 'submitted', 'under review', 'ssrn'],
};

export interface VenueKey {
  keys: Set<string>;
  workshop: boolean;
  words: Set<string>;
}

const STOP = new Set(['the', 'of', 'on', 'and', 'in', 'for', 'a', 'an', 'at', 'proceedings', 'conference']);

export function venueKey(venue: string): VenueKey {
  const text = ` ${plain(venue)} `;
  const keys = new Set<string>();
  for (const [key, aliases] of Object.entries(VENUE_ALIASES)) {
    if (aliases.some((alias) => text.includes(` ${alias} `))) keys.add(key);
  }
  const workshop = /\bworkshops?\b|\bws\b/.test(text);
  const words = new Set(text.split(' ').filter((w) => w.length > 1 && !STOP.has(w) && !/^\d+$/.test(w)));
  return { keys, workshop, words };
}

/** Whether a CV venue and a record's venue name the same place (main track vs workshop counts). */
export function venuesAgree(cv: string, record: string): boolean {
  const a = venueKey(cv);
  const b = venueKey(record);
  if (a.workshop !== b.workshop) return false;
  if (a.keys.size > 0 && b.keys.size > 0) {
    // A workshop named after its conference: the workshop words must agree too.
    const keyShared = [...a.keys].some((k) => b.keys.has(k));
    if (!keyShared) return false;
    if (!a.workshop) return true;
  }
  const shared = [...a.words].filter((w) => b.words.has(w)).length;
  const smaller = Math.min(a.words.size, b.words.size);
  return smaller > 0 && shared / smaller >= 0.6;
}

/** A CV venue that says only "not yet published". */
export function isUnpublishedVenue(venue: string | null): boolean {
  return (
    venue === null || /^\s*(submitted|preprint|under review|in preparation|working paper)\b/i.test(venue)
  );
}
