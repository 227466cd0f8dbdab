import venues from './venues.json';
import { YEAR } from '../lexicon/year';

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
 * Acronyms are matched case-sensitively as whole words ("ICML 2024", "NeurIPS'21"). The regex only
 * runs on texts that hold the acronym at all: a substring test is far cheaper, and there are hundreds.
 */
const ACRONYMS: { alias: string; re: RegExp; entry: VenueEntry }[] = [];
for (const entry of TABLE) {
  BY_NAME.set(fold(entry.name), entry);
  for (const alias of entry.aliases) {
    BY_NAME.set(fold(alias), entry);
    if (/^[A-Za-z&*/-]{2,12}$/.test(alias) && /[A-Z].*[A-Z]/.test(alias)) {
      const escaped = alias.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
      ACRONYMS.push({ alias, re: new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, 'u'), entry });
    }
  }
}
/**
 * The names long enough to be looked for inside a longer text, in the table's order, each with the
 * spaces that make it a whole-word match (built once: lookups run on every segment of every entry).
 */
const LONG_NAMES = [...BY_NAME]
  .filter(([name]) => name.length > 12)
  .map(([name, entry]) => ({ length: name.length, padded: ` ${name} `, entry }));

/** The venue a text names: its whole text as a name or alias, else an acronym inside it. */
export function lookupVenue(text: string): VenueEntry | null {
  const whole = BY_NAME.get(fold(text.replace(DROPPED, ' ')));
  if (whole) return whole;
  for (const { alias, re, entry } of ACRONYMS) if (text.includes(alias) && re.test(text)) return entry;
  // A full name inside a longer text: "Accepted at Journal of Machine Learning Research".
  const folded = ` ${fold(text)} `;
  let best: VenueEntry | null = null;
  let bestLength = 0;
  for (const { length, padded, entry } of LONG_NAMES) {
    if (length > bestLength && folded.includes(padded)) {
      best = entry;
      bestLength = length;
    }
  }
  return best;
}
