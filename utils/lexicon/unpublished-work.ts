import lexicon from './unpublished-work.json';
import { alternation } from './compile';

/** A heading's phrase for work not yet published: "Working Papers", "Work in Progress", "Articles soumis". */
export const UNPUBLISHED_WORK = new RegExp(
  `(?<!\\p{L})${alternation(Object.values(lexicon.phrases).flat())}(?!\\p{L})`,
  'iu',
);
