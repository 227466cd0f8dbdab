/**
 * Words hyphenated at line ends: "learn-" + "ing" is one word broken by the line end, but
 * "Semi-" + "Supervised", "self-" + "attention" or "state-of-the-" + "art" keep the hyphen.
 * TeX breaks a single word at a syllable; a compound it breaks only at its own hyphen.
 */

/** First halves that form hyphenated compounds far more often than they are syllables. */
const COMPOUND_FIRST = new Set(
  (
    'self well ill non co cross semi multi anti state peer real large small long short high low full part half ' +
    'open end one two three four first second third data world life time fixed fine built hand user task game ' +
    'case model rule deep top e x'
  ).split(' '),
);

export const HYPHEN_END = /(\p{L}+)[-\u00ad\u2010\u2011]$/u;

/** Lower-cased words of a text, hyphenated forms included, as evidence of how the CV spells them. */
export function wordsOf(texts: string[]): Set<string> {
  const words = new Set<string>();
  for (const text of texts) for (const w of text.toLowerCase().match(/[\p{L}\p{M}-]+/gu) ?? []) words.add(w);
  return words;
}

const allCaps = (text: string): boolean => /\p{Lu}/u.test(text) && text === text.toUpperCase();

/**
 * Whether the hyphen at the end of `before` stays when `after` (the next line's start) is
 * joined to it. An e-mail address or URL, a capital or digit after it ("COVID-" "19"), a word
 * already hyphenated, or the CV's own spelling elsewhere decide; a soft hyphen always goes.
 */
export function keepsHyphen(before: string, after: string, words: Set<string>): boolean {
  const end = HYPHEN_END.exec(before);
  if (!end || end[0].endsWith('\u00ad')) return false;
  // Nothing hyphenates inside an address: its hyphen is part of it ("x@lakeshore-" "tu.edu").
  if (/(?:@|:\/\/|www\.)\S*$/u.test(before)) return true;
  // A capital after the hyphen starts a word of its own, except in text set all in capitals.
  if (/^[\p{Lu}\p{N}]/u.test(after) && !(allCaps(before) && allCaps(after))) return true;
  if (/[-\u2010\u2011]\p{L}+[-\u2010\u2011]$/u.test(before)) return true;
  const b = end[1]!.toLowerCase();
  const a = (/^[\p{L}\p{M}]+/u.exec(after)?.[0] ?? '').toLowerCase();
  if (words.has(`${b}-${a}`)) return true;
  if (words.has(b + a)) return false;
  return COMPOUND_FIRST.has(b);
}
