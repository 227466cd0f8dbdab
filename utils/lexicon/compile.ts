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

/** Each word as written and without its accents, so that a text typed without them matches too. */
export function withAccentlessForms(words: readonly string[]): string[] {
  return words.flatMap((w) => [w, withoutAccents(w)]);
}

/**
 * The words or phrases as one pattern of any case, each whole: a letter of any script on neither
 * side (an ASCII boundary would not end "Chargée" or "société").
 */
export function wholeWordPattern(words: Iterable<string>): RegExp {
  return new RegExp(`(?<!\\p{L})${alternation(words)}(?!\\p{L})`, 'iu');
}

/**
 * A word as regex source in which its dots are an abbreviation's: each may be left out and, when
 * spaced, a space may follow an inner one and a hyphen right after it may be left out
 * ("dipl.-ing." reads "Dipl. Ing.").
 */
export function abbreviation(word: string, spaced = true): string {
  return word
    .split(/(\.-?)/)
    .map((part, i, parts) => {
      if (i % 2 === 0) return escapeWord(part);
      const inner = i < parts.length - 2 || parts[parts.length - 1] !== '';
      if (!inner || !spaced) return `\\.?${escapeWord(part.slice(1))}`;
      return part === '.-' ? '\\.?-?\\s?' : '\\.?\\s?';
    })
    .join('');
}

/** One alternation of words whose dots are abbreviations' (see abbreviation), longest first. */
export function abbreviationAlternation(words: Iterable<string>, spaced = true): string {
  const unique = [...new Set(words)].sort((a, b) => b.length - a.length || a.localeCompare(b));
  return `(?:${unique.map((w) => abbreviation(w, spaced)).join('|')})`;
}

/** Han and kana: the letters of scripts written without spaces between words, as a character class's body. */
export const UNSPACED_LETTERS = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}';
