import venues from './venues.json';
import { YEAR } from '../lexicon/year';
import { escapeWord } from '../lexicon/compile';

/** What a venue's name is looked up without: a parenthesis, a year, "'19". */
const DROPPED = new RegExp(`\\(.*?\\)|\\b${YEAR}\\b|'\\d\\d\\b`, 'g');

export type VenueKind = 'journal' | 'conference' | 'preprint';

export interface VenueEntry {
  name: string;
  aliases: string[];
  kind: VenueKind;
}

const TABLE: VenueEntry[] = (venues as { name: string; aliases: string[]; kind: string }[]).map((v) => ({
  name: v.name,
  aliases: v.aliases,
  kind: v.kind === 'journal' || v.kind === 'preprint' ? v.kind : 'conference',
}));

const fold = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/^(?:the|proceedings of the|proceedings of)\s+/, '')
    .replace(/[^a-z0-9&]+/g, ' ')
    .trim();

const BY_NAME = new Map<string, VenueEntry>();
/**
 * Acronyms are matched case-sensitively as whole words ("ICML 2024", "NeurIPS'21"). An acronym can
 * only match where its first run of letters is a whole run of letters in the text, so each is filed
 * under that run and a lookup tests the few filed under the text's runs, not the hundreds there are.
 */
const ACRONYMS: { re: RegExp; entry: VenueEntry }[] = [];
const ACRONYMS_BY_RUN = new Map<string, number[]>();
/** Runs of letters: an acronym's in ASCII, a text's in any script (a letter of any script ends a word). */
const LETTER_RUNS = /\p{L}+/gu;

function fileUnder<K>(index: Map<K, number[]>, key: K, at: number): void {
  const list = index.get(key);
  if (list) list.push(at);
  else index.set(key, [at]);
}

/** The positions filed under any of `keys`, in ascending order (the table's order). */
function filedUnder<K>(index: ReadonlyMap<K, number[]>, keys: Iterable<K>): number[] {
  const found = new Set<number>();
  for (const key of keys) for (const at of index.get(key) ?? []) found.add(at);
  return [...found].sort((a, b) => a - b);
}

for (const entry of TABLE) {
  BY_NAME.set(fold(entry.name), entry);
  for (const alias of entry.aliases) {
    BY_NAME.set(fold(alias), entry);
    if (/^[A-Za-z&*/-]{2,12}$/.test(alias) && /[A-Z].*[A-Z]/.test(alias)) {
      fileUnder(ACRONYMS_BY_RUN, alias.match(LETTER_RUNS)![0], ACRONYMS.length);
      ACRONYMS.push({ re: new RegExp(`(?<![\\p{L}])${escapeWord(alias)}(?![\\p{L}])`, 'u'), entry });
    }
  }
}
/**
 * The names long enough to be looked for inside a longer text, in the table's order, each with the
 * spaces that make it a whole-word match (built once: lookups run on every segment of every entry),
 * filed under their first word: a name is inside a text only where that word is one of its words.
 */
const LONG_NAMES = [...BY_NAME]
  .filter(([name]) => name.length > 12)
  .map(([name, entry]) => ({ length: name.length, padded: ` ${name} `, entry }));
const LONG_NAMES_BY_WORD = new Map<string, number[]>();
LONG_NAMES.forEach(({ padded }, at) => fileUnder(LONG_NAMES_BY_WORD, padded.split(' ')[1]!, at));

/** The venue a text names: its whole text as a name or alias, else an acronym inside it. */
export function lookupVenue(text: string): VenueEntry | null {
  const whole = BY_NAME.get(fold(text.replace(DROPPED, ' ')));
  if (whole) return whole;
  for (const at of filedUnder(ACRONYMS_BY_RUN, text.match(LETTER_RUNS) ?? [])) {
    const { re, entry } = ACRONYMS[at]!;
    if (re.test(text)) return entry;
  }
  // A full name inside a longer text: "Accepted at Journal of Machine Learning Research".
  const words = fold(text);
  const folded = ` ${words} `;
  let best: VenueEntry | null = null;
  let bestLength = 0;
  for (const at of filedUnder(LONG_NAMES_BY_WORD, words.split(' '))) {
    const { length, padded, entry } = LONG_NAMES[at]!;
    if (length > bestLength && folded.includes(padded)) {
      best = entry;
      bestLength = length;
    }
  }
  return best;
}
