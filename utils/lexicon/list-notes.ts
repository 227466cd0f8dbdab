import lexicon from './list-notes.json';
import { alternation } from './compile';

/** A note about a publication list ("For a complete list, see my Google Scholar page"; "* denotes equal contribution"). */
export const LIST_NOTE = new RegExp(
  `(?<!\\p{L})${alternation(Object.values(lexicon.phrases).flat())}(?!\\p{L})`,
  'iu',
);
