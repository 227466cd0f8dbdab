import lexicon from './section-headings.json';
import { alternation } from './compile';

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

/** Each kind's words of every language, compiled once, in the lexicon's order. */
export const HEADING_WORDINGS: readonly HeadingWording[] = lexicon.kinds.map(({ kind, words }) => ({
  kind,
  pattern: new RegExp(`\\b${alternation(Object.values(words).flat())}\\b`),
}));

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

/** Every word of every heading wording and modifier, lower-case as the lexicon writes them. */
export const HEADING_VOCABULARY: readonly string[] = [
  ...lexicon.kinds.flatMap(({ words }) => Object.values(words).flat()),
  ...HEADING_ALONE.keys(),
  ...HEADING_MODIFIERS,
].flatMap((phrase) => phrase.split(/\s+/));
