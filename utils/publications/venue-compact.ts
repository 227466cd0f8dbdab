import { isAbbreviation } from './segments';
import { lookupVenue } from './venue-table';

/** A journal-name word: "Nano", "Lett.", "A&A", "Soc.", and the small words between them. */
const WORD = String.raw`(?:\p{Lu}[\p{L}&'’-]*\.?(?!\p{N})|of|and|&|der|für|de|la|du)`;
/** The name's words; a letter glued to the volume ("B428" in "Phys. Lett. B428") is the volume's. */
const NAME = new RegExp(String.raw`^${WORD}(?:\s+${WORD}){0,7}`, 'u');
/** Volume, issue, page, article and year numbers: "B428", "10", "1797-1803", "e1234", "L12". */
const NUMBER = /\b[A-Za-z]?\d+[a-z]?\b/g;

/**
 * Compact styles (chemistry, physics, astronomy: "S. E. Han, G. Chen, Nano Lett. 2010, 10, 1012";
 * "Phys. Lett. B428 (1998) 105-114"; "ApJ, 650, 102") write no title: the authors are followed
 * by the journal's abbreviated name and its numbers, and nothing else. `text` is what would be the
 * title, `after` the rest of the entry. Returns the journal's name, or null when the text is no such
 * name (a title has plain words, or prose after it).
 */
export function compactVenue(text: string, after: string): string | null {
  const written = NAME.exec(text)?.[0].trimEnd() ?? '';
  const name = written.replace(/[\s.,]+$/, '');
  if (!name) return null;
  const rest = `${text.slice(name.length)} ${after}`.replace(/\[[^\]]*\]/g, ' ');
  const numbers = rest.match(NUMBER)?.length ?? 0;
  const leftover = rest.replace(NUMBER, ' ').replace(/\b(?:vol|no|pp|p|art)\b\.?/gi, ' ');
  if (numbers < 2 || !/^[\s,.;:()–-]*$/.test(leftover)) return null;
  const words = written.split(/\s+/);
  // Abbreviated words ("Lett.", "Phys.", or ISO 4 without periods: "J Appl Phys"), one acronym-like
  // token ("JHEP", "ApJ", "A&A"), or a known name.
  const abbreviated =
    words.length <= 6 &&
    (words.some((w) => /^\p{Lu}\p{L}{0,6}\.$/u.test(w)) ||
      (words.length >= 2 && words.every((w) => isAbbreviation(w.replace(/\.$/, '')))));
  const acronym = words.length === 1 && /^\p{Lu}.*\p{Lu}/u.test(name);
  return abbreviated || acronym || lookupVenue(name) ? name : null;
}
