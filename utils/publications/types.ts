import type { Run } from '../document/types';

/** One publication entry as the entries stage found it. */
export interface PublicationInput {
  raw: string;
  runs: Run[];
  /** The (sub-)heading the entry sat under, e.g. "Workshop papers", "Preprints". */
  sectionHint: string | null;
}
