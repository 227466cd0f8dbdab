/** Turns the lexicon's word lists into regex sources; nothing here knows what the words mean. */

/** A word as literal regex source: "ph.d." matches only itself. */
export function escapeWord(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * One alternation of the words, longest first, so that at any position the longest word that fits
 * is tried first (as a greedy optional suffix would: "june" before "jun").
 */
export function alternation(words: Iterable<string>): string {
  const unique = [...new Set(words)].sort((a, b) => b.length - a.length || a.localeCompare(b));
  return `(?:${unique.map(escapeWord).join('|')})`;
}

/** The word without its accents: "février" → "fevrier", "märz" → "marz". */
export function withoutAccents(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '');
}
