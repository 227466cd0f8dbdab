import lexicon from './section-headings.json';
import { alternation, UNSPACED_LETTERS } from './compile';

/** One kind's words, as a whole-word pattern over a heading's comparison key. */
export interface HeadingWording {
  kind: string;
  pattern: RegExp;
}

/** One kind's entry in the lexicon: its words per language, and those that count only alone. */
interface LexiconKind {
  kind: string;
  words: Record<string, string[]>;
  alone?: Record<string, string[]>;
}

/** A word of a script that does not part words with spaces: Chinese, Japanese, Korean. */
const UNSPACED_SCRIPT = new RegExp(`[${UNSPACED_LETTERS}\\p{Script=Hangul}]`, 'u');

/**
 * One kind's words as a pattern over a comparison key. Words of alphabets stand whole (\b); words of
 * unspaced scripts match inside a longer run ("论文发表"), where \b, which knows only ASCII word
 * characters, never fires. The key is NFKD (Hangul syllables as jamo) without combining marks, so
 * such words are too: katakana's voicing marks go as accents do ("プレプリント" is keyed "フレフリント").
 */
function wordingPattern(words: readonly string[]): RegExp {
  const unspaced = words
    .filter((w) => UNSPACED_SCRIPT.test(w))
    .map((w) => w.normalize('NFKD').replace(/\p{M}/gu, ''));
  const spaced = words.filter((w) => !UNSPACED_SCRIPT.test(w));
  const parts = [`\\b${alternation(spaced)}\\b`, ...(unspaced.length ? [alternation(unspaced)] : [])];
  return new RegExp(parts.join('|'), 'u');
}

/** Each kind's words of every language, compiled once, in the lexicon's order. */
export const HEADING_WORDINGS: readonly HeadingWording[] = lexicon.kinds.map(({ kind, words }) => ({
  kind,
  pattern: wordingPattern(Object.values(words).flat()),
}));

/** The kind a heading's comparison key names: the first kind, in the lexicon's order, whose words it holds. */
export function wordingKind(key: string): string | null {
  return HEADING_WORDINGS.find(({ pattern }) => pattern.test(key))?.kind ?? null;
}

/**
 * Words that name a kind only as the whole heading, mapped to that kind: Hugo Academic's "Latest"
 * (Portuguese "Recentes") is its publications list, but "Experiências recentes" is no publication.
 */
export const HEADING_ALONE: ReadonlyMap<string, string> = new Map(
  (lexicon.kinds as readonly LexiconKind[]).flatMap(({ kind, alone }) =>
    Object.values(alone ?? {})
      .flat()
      .map((word): [string, string] => [word, kind]),
  ),
);

/** Words that qualify a heading without changing its kind ("Selected", "Recent", "Invited", "Other"). */
export const HEADING_MODIFIERS: ReadonlySet<string> = new Set(Object.values(lexicon.modifiers).flat());

/**
 * Words that name a kind without settling it ("Affiliations": the posts held, or the societies joined),
 * as a whole-word pattern over a heading's comparison key: such a heading's kind is judged from its lines.
 */
export const UNSETTLED_WORDING: RegExp = wordingPattern(Object.values(lexicon.unsettled).flat());

/** Every word of every heading wording and modifier, lower-case as the lexicon writes them. */
export const HEADING_VOCABULARY: readonly string[] = [
  ...lexicon.kinds.flatMap(({ words }) => Object.values(words).flat()),
  ...HEADING_ALONE.keys(),
  ...HEADING_MODIFIERS,
].flatMap((phrase) => phrase.split(/\s+/));
