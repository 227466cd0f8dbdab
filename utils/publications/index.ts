import { findNameVariants } from '../names/find-name-variants';
import { namesCanMatch } from '../names/match-names';
import { publicationFlags } from '../flags/publication-flags';
import type { Flag, NameVariant, Publication } from '../model/profile';
import { UNSPACED_LETTERS } from '../lexicon/compile';
import { candidateAuthorIndex, mostFrequentAuthor } from './candidate';
import { entryParser, type ParsedEntry } from './parse-publication';
import type { PublicationInput } from './types';

export type { PublicationInput } from './types';

export interface PublicationAnalysis {
  publications: Publication[];
  nameVariants: NameVariant[];
  flags: Flag[];
}

/**
 * Parses every publication entry, finds the candidate in each author list (variant-aware),
 * recognises the candidate's other names from the CV's own words and author lists, and flags
 * duplicates and entries that lack the candidate. `latinForm` is the person's name in Latin
 * letters when `name` is written in another script: their author lists use it, so it is one of
 * their names from the start.
 */
export function analysePublications(
  inputs: PublicationInput[],
  person: { name: string | null; text: string; latinForm?: string | null },
): PublicationAnalysis {
  const latinForm = person.name && person.latinForm ? person.latinForm : null;
  const first = inputs.map(entryParser([person.name, latinForm].filter((n): n is string => !!n)));
  const name = person.name ?? mostFrequentAuthor(first.map((e) => e.publication.authors));
  const found = person.name
    ? findNameVariants(
        person.name,
        person.text,
        first.map((e) => ({
          authors: e.publication.authors,
          marked: boldIndex(e),
          raw: e.publication.raw,
        })),
      )
    : [];
  const nameVariants = latinForm
    ? [
        {
          name: latinForm,
          evidence: `${latinForm}: ${person.name} in Latin letters, as the page's author lists or address write it`,
        },
        ...found.filter((v) => !namesCanMatch(v.name, latinForm)),
      ]
    : found;
  const names = [name, ...nameVariants.map((v) => v.name)].filter((n): n is string => !!n);
  // With the variants known, a second pass finds author lists written under the other name.
  const entries = nameVariants.length > 0 ? inputs.map(entryParser(names)) : first;
  const publications = entries
    .filter((e) => namesAWork(e.publication))
    .map((e) => ({
      ...e.publication,
      candidateAuthorIndex: candidateAuthorIndex(e.publication.authors, names, e.boldAuthors),
    }));
  return { publications, nameVariants, flags: publicationFlags(publications, nameVariants, person.name) };
}

/** Scripts written without spaces between words, where one run of letters is a whole title. */
const UNSPACED_SCRIPT = new RegExp(`[${UNSPACED_LETTERS}\\p{Script=Thai}]`, 'u');

/**
 * Whether a parsed entry names a work: an author, a venue, or a title that reads as one. An entry
 * with neither author nor venue whose "title" is a single word of a spaced script is a fragment
 * (a list's legend, "since 2022 · ✧ before 2022 · ⟷ series", read as the title "✧ before 2022"):
 * it cannot be checked against any source or shown as a publication. Of the corpus's 8,439 truth
 * publications, every one-word title comes with its authors or venue.
 */
export function namesAWork(publication: Publication): boolean {
  // A "venue" of digits and marks alone is a year or a number the labeller took for one (round 36's
  // refit read the legend's "2022" so): it names no place the work appeared.
  const venueNamed = publication.venue !== null && /\p{L}/u.test(publication.venue);
  if (publication.authors.length > 0 || venueNamed) return true;
  const words = publication.title?.match(/\p{L}+/gu) ?? [];
  return words.length > 1 || words.some((w) => UNSPACED_SCRIPT.test(w));
}

function boldIndex(entry: ParsedEntry): number | null {
  const marked = entry.boldAuthors.flatMap((b, i) => (b ? [i] : []));
  return marked.length === 1 ? marked[0]! : null;
}
