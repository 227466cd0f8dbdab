import lexicon from './venues.json';
import { alternation } from './compile';

const words = (byLanguage: Record<string, string[]>): string[] => Object.values(byLanguage).flat();
/** A whole-word matcher; the flags are only "i", as the learned models were trained with. */
const wholeWords = (list: string[]) => new RegExp(`\\b${alternation(list)}\\b`, 'i');

/** A word naming a journal: "Journal", "Transactions", "Revue", "Zeitschrift". */
export const PERIODICAL = wholeWords(words(lexicon.periodicals));

/** A word naming a conference's proceedings: "Proceedings", "Symposium", "Actas". */
export const MEETING = wholeWords(words(lexicon.meetings));

/** A word that marks a text as the name of a journal, conference or collection. */
export const VENUE_WORDS = wholeWords([
  ...words(lexicon.periodicals),
  ...words(lexicon.meetings),
  ...words(lexicon.words),
]);

/** Every one-word entry of the venue lexicon, lower-case, as the reference labeller's tokens. */
export const VENUE_TOKENS: readonly string[] = [
  ...words(lexicon.periodicals),
  ...words(lexicon.meetings),
  ...words(lexicon.words),
  ...words(lexicon.qualifiers),
  ...words(lexicon.abbreviations),
  ...lexicon.series,
].filter((w) => !w.includes(' '));
