import type { Run } from '../document/types';
import type { Flag, NameVariant, Publication } from '../profile/types';

/** One publication entry as the entries stage found it. */
export interface PublicationInput {
  raw: string;
  runs: Run[];
  /** The (sub-)heading the entry sat under, e.g. "Workshop papers", "Preprints". */
  sectionHint: string | null;
}

export interface PublicationAnalysis {
  publications: Publication[];
  nameVariants: NameVariant[];
  flags: Flag[];
}

/**
 * Parses every publication entry, finds the candidate in each author list (variant-aware),
 * recognises the candidate's other names from the CV's own words and author lists, and flags
 * duplicates and entries that lack the candidate.
 * TEMPORARY minimal version (foundation): the publications issue replaces it.
 */
export function analysePublications(
  inputs: PublicationInput[],
  _person: { name: string | null; text: string },
): PublicationAnalysis {
  const publications = inputs.map(
    (input): Publication => ({
      title: null,
      authors: [],
      venue: null,
      year: null,
      kind: 'other',
      status: null,
      candidateAuthorIndex: null,
      equalContribution: false,
      notes: [],
      doi: null,
      raw: input.raw,
    }),
  );
  return { publications, nameVariants: [], flags: [] };
}
