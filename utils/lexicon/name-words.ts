import lexicon from './name-words.json';
import { abbreviationAlternation, alternation, UNSPACED_LETTERS, withoutAccents } from './compile';

const words = (byLanguage: Record<string, string[]>): string[] => Object.values(byLanguage).flat();

/** Lower-case particles that belong to a family name ("van der Waals", "bin Salman", "El Mhamdi"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(lexicon.particles);

/** The titles before a name, one or several: "Dr. ", "Prof. Dr. ", "Dr. Ing. ", "Pr ". */
export const TITLE_BEFORE_NAME = new RegExp(
  `^(?:${abbreviationAlternation(words(lexicon.titlesBefore))}\\.?\\s+)+`,
  'iu',
);

/** Letters after a name: ", PhD", " D.Phil.", " FRS". */
export const LETTERS_AFTER_NAME = new RegExp(
  `,?\\s+${abbreviationAlternation(words(lexicon.lettersAfter))}\\.?$`,
  'iu',
);

/** Any of the words, whole, as written or without its accents. */
const anyWholeWord = (list: readonly string[]): RegExp =>
  new RegExp(`(?<![\\p{L}])${alternation([...list, ...list.map(withoutAccents)])}(?![\\p{L}])`, 'iu');

const cvWords = words(lexicon.cvWords);

/** A word that names the document itself: "CV", "Curriculum Vitae", "Résumé". */
export const CV_WORD = anyWholeWord(cvWords);

/** Words naming the document after a name, as a letterhead sets them: "Chris Gilbert Résumé", "Jane Doe CV". */
export const CV_WORDS_AFTER_NAME = new RegExp(
  `(?:[\\s,:|–—-]+${alternation([...cvWords, ...cvWords.map(withoutAccents)])})+$`,
  'iu',
);

/** Text a template leaves where a person's own belongs: "Lorem ipsum", "Your Name", "Jane Doe". */
export const PLACEHOLDER = anyWholeWord(words(lexicon.placeholders));

/** A word of a script written without spaces between words: Han, kana. */
const UNSPACED_WORD = new RegExp(`[${UNSPACED_LETTERS}]`, 'u');

/**
 * Any of the words: an alphabet's whole (see anyWholeWord), a word of Han or kana anywhere, since
 * those scripts do not part words with spaces ("公开简历", "团队成员" hold "简历", "成员").
 */
function anyWordOfAnyScript(list: readonly string[]): RegExp {
  const unspaced = list.filter((w) => UNSPACED_WORD.test(w));
  const whole = anyWholeWord(list.filter((w) => !UNSPACED_WORD.test(w)));
  return unspaced.length === 0 ? whole : new RegExp(`${whole.source}|${alternation(unspaced)}`, 'iu');
}

/**
 * A word that marks a page, a title or a program's placeholder, never a person's name: a template's
 * "Your Name" is no one's.
 */
export const PAGE_WORD = anyWordOfAnyScript([
  ...cvWords,
  ...words(lexicon.pageWords),
  ...words(lexicon.placeholders),
]);

/** The words that join the last two names of an author list, in any language ("and", "und", "e"). */
export const NAME_CONJUNCTION_WORDS: readonly string[] = words(lexicon.conjunctions);

/** The same words as regex source. */
export const NAME_CONJUNCTION = alternation(NAME_CONJUNCTION_WORDS);

/**
 * The words that join two parts of a combined heading ("Honors and Awards", "Prix et distinctions"),
 * as regex source: the name conjunctions that are no other language's preposition.
 */
export const HEADING_CONJUNCTION = alternation(
  words(lexicon.conjunctions).filter((w) => !lexicon.conjunctionsAlsoPrepositions.includes(w)),
);

/**
 * The joining words that may follow a comma in an author list ("A, B, and C"; "A., B., & C."), as
 * regex source: the serial comma is English usage, and after a comma another language's "e" or "y"
 * more often opens something else than the last name.
 */
export const SERIAL_CONJUNCTION = alternation(lexicon.conjunctions.en);
