import lexicon from './unpublished-work.json';
import { alternation } from './compile';

/**
 * A heading over work not yet published ("Working Papers", "Work in Progress"), matched on the
 * heading's comparison key: a phrase of the lexicon standing whole.
 */
export const UNPUBLISHED_WORK_HEADING = new RegExp(
  `(?<![a-z0-9])${alternation(Object.values(lexicon.phrases).flat())}(?![a-z0-9])`,
);
