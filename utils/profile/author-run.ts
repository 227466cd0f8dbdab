import type { Line } from '../document/types';
import { comparisonKey } from '../document/normalize-text';
import { NAME_CONJUNCTION } from '../lexicon/name-words';
import { parseAuthorList } from '../publications/author-list';
import { leadingMarkersEnd } from '../publications/clean-entry';

/** The name one author runs through a page's author lists under, and in how many lines. */
export interface AuthorRun {
  name: string;
  /** The family name's comparison key ("deiglmayr", "perez perez"). */
  family: string;
  lines: number;
}

/** Fewest author lists (of two authors or more) one name must stand in to be the page's own author. */
const FEWEST_LINES = 3;
/** How far into a long document author lists are read: a publication list's person shows early. */
const MOST_LINES = 600;
/** Initials after a family name ("Heczey AA", "Doe J."): the family name is written first. */
const TRAILING_INITIALS = /^\p{Lu}{1,3}\.?$|^(?:\p{Lu}\.-?)+$/u;
/**
 * A word joining two authors before a capital ("Hugo Alves e André Santanchè"): the author-list
 * reader takes Portuguese "e" for a particle inside one long name, so it is read as a comma.
 */
const JOINED = new RegExp(`\\s+${NAME_CONJUNCTION}\\s+(?=\\p{Lu})`, 'gu');

/** An author as a name reads forward ("Fitton, G." → "G. Fitton") with its family name's key. */
function forward(author: string): { name: string; family: string } | null {
  const comma = author.indexOf(',');
  const name = comma > 0 ? `${author.slice(comma + 1).trim()} ${author.slice(0, comma).trim()}` : author;
  const words = comparisonKey(author.slice(0, comma > 0 ? comma : undefined)).split(' ');
  const written = author.trim().split(/\s+/);
  const familyFirst = comma < 0 && written.length > 1 && TRAILING_INITIALS.test(written.at(-1)!);
  const family = comma > 0 ? words.join(' ') : familyFirst ? words[0] : words.at(-1);
  // "Wysocki M." reads "M. Wysocki": its initials are no given name spelled out.
  const forwardName = familyFirst ? [...written.slice(1), written[0]].join(' ') : name.trim();
  return family && family.length > 1 ? { name: forwardName, family } : null;
}

/** Whether a written form spells its given name out rather than by initials. */
const spelledOut = (name: string): boolean =>
  !name
    .split(/\s+/)
    .slice(0, -1)
    .every((w) => w.length <= 3);

/**
 * The author who stands in the most author lists of the page (counted once a line), when they
 * stand in at least three: on a publication list that is the person whose list it is, though the
 * page may never write their name elsewhere. Of that author's written forms the one with the given
 * name spelled out is preferred, then the most frequent.
 */
export function authorRun(lines: readonly Line[]): AuthorRun | null {
  const byFamily = new Map<string, { lines: number; forms: Map<string, number> }>();
  for (const line of lines.slice(0, MOST_LINES)) {
    // A numbered or bulleted list's entries ("36. Walsh, A., …", "• Wysocki, O., …") start after the mark.
    const text = line.text.slice(leadingMarkersEnd(line.text));
    const list = parseAuthorList(text.replace(JOINED, ', '));
    // One "author" alone is as often a place or a topic set in capitals ("Denmark Copenhagen").
    if (!list || list.authors.length < 2) continue;
    const seen = new Set<string>();
    for (const author of list.authors.map((a) => a.name)) {
      const read = forward(author);
      if (!read) continue;
      const run = byFamily.get(read.family) ?? { lines: 0, forms: new Map<string, number>() };
      if (!seen.has(read.family)) run.lines++;
      seen.add(read.family);
      run.forms.set(read.name, (run.forms.get(read.name) ?? 0) + 1);
      byFamily.set(read.family, run);
    }
  }
  let best: { family: string; lines: number; forms: Map<string, number> } | null = null;
  for (const [family, run] of byFamily) if (!best || run.lines > best.lines) best = { family, ...run };
  if (!best || best.lines < FEWEST_LINES) return null;
  const forms = [...best.forms].sort(
    (a, b) => Number(spelledOut(b[0])) - Number(spelledOut(a[0])) || b[1] - a[1],
  );
  return { name: forms[0]![0], family: best.family, lines: best.lines };
}
