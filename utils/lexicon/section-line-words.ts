import lexicon from './section-line-words.json';
import { wholeWordPattern, withAccentlessForms } from './compile';

/** A word of a membership's line: "Member, American Economic Association", "Membre du comité". */
export const MEMBERSHIP_WORD = wholeWordPattern(
  withAccentlessForms(Object.values(lexicon.membership).flat()),
);

/** A word of a supervised student's line: "PhD student (co-supervised)", "Thesis: …". */
export const SUPERVISION_WORD = wholeWordPattern(
  withAccentlessForms(Object.values(lexicon.supervision).flat()),
);
