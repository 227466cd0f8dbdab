import {
  cleanName,
  familyCore,
  familyKey,
  givenParts,
  parseName,
  type GivenPart,
  type ParsedName,
} from './parse-name';
import { foldNameGerman } from './fold';

/** Two given-name parts agree: same word, an initial of the other, or a short form (Chris/Christopher). */
function partsAgree(a: GivenPart, b: GivenPart): boolean {
  if (a.initial || b.initial) return a.text[0] === b.text[0];
  if (a.text === b.text) return true;
  const [short, long] = a.text.length < b.text.length ? [a.text, b.text] : [b.text, a.text];
  return short.length >= 3 && long.startsWith(short);
}

/**
 * Given names agree when the first parts agree and every part of the shorter list agrees, in
 * order, with some part of the longer one (middle names may be missing on either side).
 */
function givenAgree(a: GivenPart[], b: GivenPart[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  if (!partsAgree(a[0]!, b[0]!)) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let j = 1;
  for (let i = 1; i < short.length; i++) {
    while (j < long.length && !partsAgree(short[i]!, long[j]!)) j++;
    if (j >= long.length) return false;
    j++;
  }
  return true;
}

/** What matching reads of a parsed name, worked out once. */
interface NameFacts {
  parsed: ParsedName;
  key: string;
  core: string;
  german: string;
  given: GivenPart[];
}

function factsOf(parsed: ParsedName): NameFacts {
  return {
    parsed,
    key: familyKey(parsed),
    core: familyCore(parsed),
    german: foldNameGerman(parsed.family.join('')).replace(/[^a-z]/g, ''),
    given: givenParts(parsed),
  };
}

/**
 * The facts of a written name, remembered: a CV's author lists repeat the same few names, and
 * finding the most frequent author compares each with every other.
 */
const factsMemo = new Map<string, NameFacts>();
const MEMO_LIMIT = 5000;

function factsOfText(text: string): NameFacts {
  const known = factsMemo.get(text);
  if (known) return known;
  const facts = factsOf(parseName(text));
  if (factsMemo.size >= MEMO_LIMIT) factsMemo.clear();
  factsMemo.set(text, facts);
  return facts;
}

function familiesAgree(a: NameFacts, b: NameFacts): boolean {
  if (!a.key || !b.key) return false;
  if (a.key === b.key || a.core === b.core) return true;
  return a.german === b.german || a.german === b.key || a.key === b.german;
}

function parsedMatch(a: NameFacts, b: NameFacts): boolean {
  return familiesAgree(a, b) && givenAgree(a.given, b.given);
}

/**
 * In natural order a compound family name cannot be told from a middle name: "Lê Nguyễn Hoàng" parses
 * as given "Lê Nguyễn", family "Hoàng". Beside a name whose family has more words ("Nguyễn Hoàng, Lê"),
 * the natural-order name is read again with that many family words.
 */
function resplit(text: string, parsed: ParsedName, words: number): ParsedName | null {
  // The word count first: most names are compared with one whose family is no longer, and cleaning
  // the text again costs more than the whole comparison.
  if (words <= parsed.family.length) return null;
  const cleaned = cleanName(text);
  if (cleaned.includes(',')) return null;
  if (!cleaned.endsWith(parsed.family.join(' '))) return null; // family first ("HAYOU Soufiane", "Peters OA")
  const all = [...parsed.given, ...parsed.family];
  if (all.length <= words) return null;
  return { given: all.slice(0, -words), family: all.slice(-words) };
}

/**
 * Whether two written names can denote one person: same family name (particles, hyphens,
 * diacritics and transliterations aside) and compatible given names (initials, middle names).
 * Different given names with the same family name are different people here; the CV's own
 * evidence is what links those (see find-name-variants).
 */
export function namesCanMatch(a: string, b: string): boolean {
  if (!a.trim() || !b.trim()) return false;
  const fa = factsOfText(a);
  const fb = factsOfText(b);
  if (parsedMatch(fa, fb)) return true;
  const ra = resplit(a, fa.parsed, fb.parsed.family.length);
  const rb = resplit(b, fb.parsed, fa.parsed.family.length);
  return (ra !== null && parsedMatch(factsOf(ra), fb)) || (rb !== null && parsedMatch(fa, factsOf(rb)));
}

/** Same family name, whatever the given names: the precondition for a candidate name variant. */
export function sameFamilyName(a: string, b: string): boolean {
  return familiesAgree(factsOfText(a), factsOfText(b));
}
