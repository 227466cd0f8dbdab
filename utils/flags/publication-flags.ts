import type { Flag, NameVariant, Publication } from '../model/profile';
import { candidateNotInAuthorsFlags } from './candidate-not-in-authors';
import { duplicatePublicationFlags } from './duplicate-publications';
import { nameVariantFlags } from './name-variant-flags';

/** Every flag the publication list supports, in a stable order. */
export function publicationFlags(
  publications: Publication[],
  variants: NameVariant[],
  name: string | null,
): Flag[] {
  return [
    ...nameVariantFlags(variants, name),
    ...duplicatePublicationFlags(publications),
    ...candidateNotInAuthorsFlags(publications, name),
  ];
}
