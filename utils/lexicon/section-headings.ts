import lexicon from './section-headings.json';
import { alternation } from './compile';

/** One kind's words, as a whole-word pattern over a heading's comparison key. */
export interface HeadingWording {
  kind: string;
  pattern: RegExp;
}

/** Each kind's words of every language, compiled once, in the lexicon's order. */
export const HEADING_WORDINGS: readonly HeadingWording[] = lexicon.kinds.map(({ kind, words }) => ({
  kind,
  pattern: new RegExp(`\\b${alternation(Object.values(words).flat())}\\b`),
}));

/** Words that qualify a heading without changing its kind ("Selected", "Recent", "Invited", "Other"). */
export const HEADING_MODIFIERS: ReadonlySet<string> = new Set(Object.values(lexicon.modifiers).flat());

/** Every word of every heading wording and modifier, lower-case as the lexicon writes them. */
export const HEADING_VOCABULARY: readonly string[] = [
  ...lexicon.kinds.flatMap(({ words }) => Object.values(words).flat()),
  ...HEADING_MODIFIERS,
].flatMap((phrase) => phrase.split(/\s+/));
