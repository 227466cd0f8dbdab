import lexicon from './list-notes.json';
import { wholeWordPattern } from './compile';

/** A note about a publication list ("For a complete list, see my Google Scholar page"; "* denotes equal contribution"). */
export const LIST_NOTE = wholeWordPattern([
  ...Object.values(lexicon.phrases).flat(),
  ...Object.values(lexicon.pointers).flat(),
]);

/** A pointer to the full list elsewhere: "For a complete list, see my Google Scholar page". */
export const LIST_POINTER = wholeWordPattern(Object.values(lexicon.pointers).flat());
