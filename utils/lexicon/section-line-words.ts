import lexicon from './section-line-words.json';
import { alternation, withoutAccents } from './compile';

/** Whole words of any case, as written or without their accents: a letter on neither side. */
function wholeWords(words: string[]): RegExp {
  return new RegExp(
    `(?<!\\p{L})${alternation(words.flatMap((w) => [w, withoutAccents(w)]))}(?!\\p{L})`,
    'iu',
  );
}

/** A word of a membership's line: "Member, American Economic Association", "Membre du comité". */
export const MEMBERSHIP_WORD = wholeWords(Object.values(lexicon.membership).flat());

/** A word of a supervised student's line: "PhD student (co-supervised)", "Thesis: …". */
export const SUPERVISION_WORD = wholeWords(Object.values(lexicon.supervision).flat());
