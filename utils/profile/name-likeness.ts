import { collapseWhitespace } from '../document/normalize-text';
import { CV_WORDS_AFTER_NAME, LETTERS_AFTER_NAME, PAGE_WORD, TITLE_BEFORE_NAME } from '../lexicon/name-words';
import { isParticle } from '../names/particles';

/**
 * What a bracket after a name holds: the name in another script ("Junming Duan (段俊明)",
 * "김바로(Kim, Ba-ro/金把路)"), a former name ("(née Meier)"), what the file is ("(resume)").
 * Not a year: "Smith (2019)" is a citation, not a name.
 */
const BRACKET_AFTER_NAME = /\s*[(（][^()（）\d]*[)）]$/u;

/** A name in Han or Hangul set letter-spaced, as a letterhead does: "封 森 耀". */
const SPACED_HAN_OR_HANGUL =
  /^(?:[\p{Script=Han}\p{Script=Hangul}] ){1,3}[\p{Script=Han}\p{Script=Hangul}]$/u;

/**
 * A hyphen set with spaces between two words in capitals, as a letter-spaced letterhead prints a
 * double family name ("LACEY HARRIS - COBLE"): the name's own hyphen.
 */
const SPACED_HYPHEN_IN_CAPITALS = /(?<=\p{Lu}{2})\s+-\s+(?=\p{Lu}{2})/gu;

/** A person's name stripped of titles and page words ("Dr. Jane Doe, PhD — CV" → "Jane Doe"). */
export function cleanNameCandidate(text: string): string {
  return collapseWhitespace(
    text
      .replace(TITLE_BEFORE_NAME, '')
      .replace(CV_WORDS_AFTER_NAME, '')
      .replace(LETTERS_AFTER_NAME, '')
      .replace(/['’]s\s+(?:home\s*page|website|page|cv)$/i, '')
      .replace(BRACKET_AFTER_NAME, '')
      .replace(SPACED_HYPHEN_IN_CAPITALS, '-'),
  ).replace(SPACED_HAN_OR_HANGUL, (spaced) => spaced.replace(/ /g, ''));
}

/**
 * A Chinese, Japanese or Korean name as written in its own script: two to four characters with no
 * space ("刘刚军", "김바로"), or, as Japanese CVs set it, a family name of two or three kanji, a
 * space, and the given name in kanji or kana ("松井 晟進", "大賀 成朗", "山田 さくら"). A Chinese
 * name is written unspaced and its family name is mostly one character: "刘 刚军" is no such name.
 */
export const CJK_NAME =
  /^(?:\p{Script=Han}{2,4}|\p{Script=Hangul}{2,4}|\p{Script=Han}{2,3} (?:\p{Script=Han}{1,3}|[\p{Script=Hiragana}\p{Script=Katakana}]{2,4}))$/u;

/**
 * Whether a name is written in Latin letters and no other script: the form author lists, e-mail
 * addresses and scholar databases use ("Naruo Ohga" beside "大賀 成朗").
 */
export function writtenInLatin(name: string): boolean {
  return /\p{Script=Latin}/u.test(name) && !/[^\p{Script=Latin}\p{Script=Common}\p{M}]/u.test(name);
}

/** A word in double quotes or in brackets, as a nickname is written inside a name. */
const NICKNAME_QUOTES = /^(?:[“"](.+)[”"]|[(（](.+)[)）])$/u;

/** Whether a text reads as a person's name: 2–5 capitalised words (particles besides them, initials allowed). */
export function isNameLike(text: string): boolean {
  // "个人简历", "履歴書", "이력서": the words a CV is titled with are no name in any script.
  if (PAGE_WORD.test(text)) return false;
  if (CJK_NAME.test(text)) return true;
  if (text.length < 4 || text.length > 60 || /[\d@/:|·•]/.test(text)) return false;
  const words = text.split(/\s+/);
  // Particles are not counted against the length: "Tirso René del Jesús González Alam".
  if (words.length < 2 || words.filter((w) => !isParticle(w)).length > 5) return false;
  let capitalised = 0;
  for (const [i, written] of words.entries()) {
    // A nickname in quotes or brackets between the given and the family name: Chris “Gilly”
    // Gilbert, Elliett (Ellie) Baca, T.P. (Tom) Louwerse.
    const word = written.replace(NICKNAME_QUOTES, '$1$2');
    // A particle precedes the family name it belongs to: a capitalised one that ends a given name
    // is that family name ("Danni Du", "Minh Do", "Hung Le").
    const familyName = i === words.length - 1 && capitalised > 0 && /^\p{Lu}/u.test(word);
    if (isParticle(word) && !familyName) continue;
    if (!/^\p{Lu}[\p{L}'’.-]*$/u.test(word)) return false;
    capitalised++;
  }
  return capitalised >= 2 || (capitalised === 1 && words.length >= 2 && isParticle(words[0]!));
}

/** A name written in capitals, as letterheads do, in ordinary case. */
export function titleCaseName(text: string): string {
  if (text !== text.toUpperCase()) return text;
  return text
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** A word as a name writes it: capitalised, particles in lower case after the first word. */
const nameCase = (word: string, i: number): string =>
  i > 0 && isParticle(word) ? word.toLowerCase() : word[0]!.toUpperCase() + word.slice(1).toLowerCase();

/**
 * A name set in small caps or written in lower case ("neal caRen" as a PDF gives small caps,
 * "michael dow" in a page title) in ordinary case, or null when the text is no such name.
 */
export function recasedName(text: string): string | null {
  const words = text.split(/\s+/);
  // A sentence starts with a capital ("We use cookies"); a name in small caps or lower case does not.
  if (words.length < 2 || words.length > 4 || !words.every((w) => /^\p{Ll}\p{L}*$/u.test(w))) return null;
  const recased = words.map(nameCase).join(' ');
  return recased !== text && isNameLike(recased) ? recased : null;
}

/** Words a name may be made of: capitalised or in capitals, or a particle. */
const isNameWord = (word: string): boolean => isParticle(word) || /^\p{Lu}[\p{L}'’.-]*$/u.test(word);

/** Fewest and most words of a name found inside a line. */
const NAME_WORDS = { fewest: 2, most: 4 } as const;

/**
 * The names a longer line may hold at either end of one of its runs of capitalised words:
 * "… en IA Explicable Sayeh GHOLIPOUR PICHA" gives "Sayeh GHOLIPOUR PICHA" among others, and
 * "Publikationen Anne Deiglmayr (geb. Meier)" gives "Anne Deiglmayr". A comma or a bracket ends a run.
 * The name ranker weighs them; this only proposes.
 */
export function namesInLine(text: string): string[] {
  const runs: string[][] = [[]];
  for (const token of text.split(/\s+/)) {
    const word = token.replace(/[,;]$/, '');
    if (isNameWord(word)) runs[runs.length - 1]!.push(word);
    if (!isNameWord(word) || word !== token) runs.push([]);
  }
  const out = new Set<string>();
  for (const run of runs) {
    for (let n = NAME_WORDS.fewest; n <= Math.min(NAME_WORDS.most, run.length); n++) {
      for (const part of [run.slice(0, n), run.slice(-n)]) {
        const name = part.join(' ');
        if (name !== text && isNameLike(name)) out.add(name);
      }
    }
  }
  return [...out];
}
