import lexicon from './tense-verbs.json';
import { alternation } from './compile';

/** A verb of either tense, the tense as its group: "present" or "past" (any case, whole words). */
export const TENSE_VERB = new RegExp(
  `\\b(?:(?<present>${alternation(lexicon.present)})|(?<past>${alternation(lexicon.past)}))\\b`,
  'gi',
);
