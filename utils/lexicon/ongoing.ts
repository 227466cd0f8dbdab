import lexicon from './ongoing.json';
import { alternation } from './compile';

/** The words of every language that end a range still running, as regex source (no boundaries). */
export const ONGOING_WORD = alternation(Object.values(lexicon.words).flat());

/** The marks that stand after a dash for an end still to come ("2022-*"), as regex source. */
export const OPEN_MARK = alternation(lexicon.openMarks);

/** The words that mark an end date as expected, not reached ("expected 2028"), as regex source. */
export const EXPECTED_WORD = alternation(lexicon.expected);
