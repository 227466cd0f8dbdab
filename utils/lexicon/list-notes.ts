import lexicon from './list-notes.json';
import { alternation } from './compile';

/** A note about a publication list ("For a complete list, see my Google Scholar page"; "* denotes equal contribution"). */
export const LIST_NOTE = wholePhrase([
  ...Object.values(lexicon.phrases).flat(),
  ...Object.values(lexicon.pointers).flat(),
]);

/** A pointer to the full list elsewhere: "For a complete list, see my Google Scholar page". */
export const LIST_POINTER = wholePhrase(Object.values(lexicon.pointers).flat());

function wholePhrase(phrases: string[]): RegExp {
  return new RegExp(`(?<!\\p{L})${alternation(phrases)}(?!\\p{L})`, 'iu');
}
