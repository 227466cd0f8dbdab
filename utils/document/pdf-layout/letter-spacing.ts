import { HEADING_VOCABULARY } from '../../lexicon/section-headings';
import { withoutAccents } from '../../lexicon/compile';

/**
 * Designed CVs set headings and names letter-spaced ("E D U C A T I O N"), and Word writes the
 * spaces into the text, so a heading reads as a row of one-letter words that no wording matches.
 * Such a string is closed up again. Where the word spaces were lost with the letter spaces
 * ("H I G H E R E D U C A T I O N T E A C H I N G"), the letters are cut into the heading
 * vocabulary's words, but only where those words cover most of them: a name stays whole.
 */

/** At least this many one-character tokens, three of them letters, make a letter-spaced string. */
const MIN_LETTERS = 3;
/** Vocabulary words shorter than this would cut names ("de" in "ANDERSON"). */
const MIN_WORD = 3;
/** A run is cut into words only when they cover at least this share of its letters. */
const MIN_COVERED = 0.5;

const VOCABULARY: ReadonlySet<string> = new Set(
  HEADING_VOCABULARY.map((word) => withoutAccents(word.toLowerCase())).filter(
    (word) => word.length >= MIN_WORD && /^\p{L}+$/u.test(word),
  ),
);
const LONGEST = Math.max(...[...VOCABULARY].map((w) => w.length));

export function closeLetterSpacing(text: string): string {
  // Two characters side by side make a token longer than one: the usual text is not letter-spaced.
  if (/\S\S/u.test(text)) return text;
  // Two spaces or more, where a writer kept them, still part words.
  const groups = text
    .trim()
    .split(/\s{2,}/)
    .map((group) => group.split(' '));
  const tokens = groups.flat();
  const letters = tokens.filter((t) => /^\p{L}$/u.test(t)).length;
  if (letters < MIN_LETTERS || tokens.some((t) => Array.from(t).length !== 1)) return text;
  const lead = text.match(/^\s*/)![0];
  const trail = text.match(/\s*$/)![0];
  const words = groups.flatMap((group) =>
    (group.join('').match(/\p{L}+|\p{N}+|\S/gu) ?? []).flatMap((part) =>
      /^\p{L}/u.test(part) ? cutIntoWords(part) : [part],
    ),
  );
  return lead + joinWords(words) + trail;
}

/** Punctuation stays against its word: "(SELECTED)", "RESEARCH, TEACHING", "A & B". */
function joinWords(words: string[]): string {
  let out = '';
  for (const word of words) {
    const glueLeft = /^[,.;:)\]]/.test(word) || out.endsWith('(') || out.endsWith('[');
    out += out && !glueLeft ? ` ${word}` : word;
  }
  return out;
}

/**
 * The run cut into vocabulary words and the letters between them, fewest letters left over first,
 * then fewest pieces; the run whole when the words cover too little of it.
 */
function cutIntoWords(run: string): string[] {
  const chars = Array.from(run);
  const keys = chars.map((c) => withoutAccents(c.toLowerCase()));
  const n = chars.length;
  // best[i]: the cheapest cut of chars[i..]: [letters not in a word, pieces, next cut, a word?].
  const best: { left: number; pieces: number; next: number; word: boolean }[] = [];
  best[n] = { left: 0, pieces: 0, next: n, word: true };
  for (let i = n - 1; i >= 0; i--) {
    // One letter not in a word, joining the letters not in a word after it into one piece.
    const after = best[i + 1]!;
    let choice = {
      left: after.left + 1,
      pieces: after.pieces + (after.word ? 1 : 0),
      next: i + 1,
      word: false,
    };
    for (let end = Math.min(n, i + LONGEST); end >= i + MIN_WORD; end--) {
      if (!VOCABULARY.has(keys.slice(i, end).join(''))) continue;
      const rest = best[end]!;
      const option = { left: rest.left, pieces: rest.pieces + 1, next: end, word: true };
      if (option.left < choice.left || (option.left === choice.left && option.pieces < choice.pieces))
        choice = option;
    }
    best[i] = choice;
  }
  if (n - best[0]!.left < MIN_COVERED * n) return [run];
  const pieces: string[] = [];
  let i = 0;
  while (i < n) {
    const step = best[i]!;
    if (step.word) {
      pieces.push(chars.slice(i, step.next).join(''));
      i = step.next;
    } else {
      let end = i;
      while (end < n && !best[end]!.word) end++;
      pieces.push(chars.slice(i, end).join(''));
      i = end;
    }
  }
  return pieces;
}
