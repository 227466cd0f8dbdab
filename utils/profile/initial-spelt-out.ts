import { isParticle } from '../names/particles';

/** Given names shorter than this are not read from an address ("li", "jo" are inside too many words). */
const MIN_GIVEN = 3;

/** A given name written as initials: "G.", "M", "C.H.". */
const INITIALS = /^(?:\p{Lu}\.?-?)+$/u;

/** A text's letters alone, in lower case: how addresses and the names in them are compared. */
export const bareLetters = (text: string): string => text.toLowerCase().replace(/[^\p{L}]+/gu, '');

/**
 * The full names an author run's initials-form name ("G. Fitton", "M Weaving") takes when the
 * person's own addresses spell the given name out: a word the address writes apart ("jobs-george"
 * for G.), or a word another source writes that the address holds ("Good Morgan" beside
 * morganaweaving@… for M). A person's address carries their given name more often than any other
 * word starting with its initial; the ranker weighs the result against the page's other candidates.
 *
 * `addressWords` are the addresses' words split at their separators, `addresses` the addresses as
 * bare letters, `otherWords` the words of the page's other candidates.
 */
export function initialSpeltOut(
  runName: string,
  addressWords: readonly string[],
  addresses: readonly string[],
  otherWords: readonly string[],
): string[] {
  const written = runName.trim().split(/\s+/);
  if (written.length < 2 || !INITIALS.test(written[0]!)) return [];
  const initial = written[0]![0]!.toLowerCase();
  const family = written.slice(1).filter((w) => !INITIALS.test(w));
  if (family.length === 0) return [];
  const familyLetters = new Set(family.map(bareLetters));
  const given = new Set<string>();
  const consider = (word: string): void => {
    const spelt = bareLetters(word);
    // "mweaving", "morganaweaving": an address's word that holds the family name is not the given name.
    const holdsFamily = [...familyLetters].some((f) => spelt.includes(f));
    if (spelt.length < MIN_GIVEN || spelt[0] !== initial || holdsFamily || isParticle(spelt)) return;
    if (addresses.some((address) => address.includes(spelt))) given.add(spelt);
  };
  for (const word of addressWords) consider(word);
  for (const word of otherWords) consider(word);
  return [...given].map((g) => `${g[0]!.toUpperCase()}${g.slice(1)} ${family.join(' ')}`);
}
