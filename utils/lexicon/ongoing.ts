import lexicon from './ongoing.json';
import { alternation } from './compile';

/** The words of every language that end a range still running, as regex source (no boundaries). */
export const ONGOING_WORD = alternation(Object.values(lexicon.words).flat());
