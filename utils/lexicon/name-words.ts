import lexicon from './name-words.json';
import { abbreviationAlternation, alternation, withoutAccents } from './compile';

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

const cvWords = words(lexicon.cvWords);
const pageWords = [...cvWords, ...words(lexicon.pageWords)];

/** A word that names the document itself: "CV", "Curriculum Vitae", "Résumé". */
export const CV_WORD = new RegExp(
  `(?<![\\p{L}])${alternation([...cvWords, ...cvWords.map(withoutAccents)])}(?![\\p{L}])`,
  'iu',
);

/** A word that marks a page, a title or a program's placeholder, never a person's name. */
export const PAGE_WORD = new RegExp(
  `(?<![\\p{L}])${alternation([...pageWords, ...pageWords.map(withoutAccents)])}(?![\\p{L}])`,
  'iu',
);

/** The words that join the last two names of an author list, in any language ("and", "und", "e"), as regex source. */
export const NAME_CONJUNCTION = alternation(words(lexicon.conjunctions));
