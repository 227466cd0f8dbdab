import lexicon from './unpublished-work.json';
import { wholeWordPattern } from './compile';

/** A heading's phrase for work not yet published: "Working Papers", "Work in Progress", "Articles soumis". */
export const UNPUBLISHED_WORK = wholeWordPattern(Object.values(lexicon.phrases).flat());
