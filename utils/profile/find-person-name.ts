import type { CvDocument } from '../document/types';
import { bestCandidate, type RankerModel } from '../learn/ranker';
import type { Section } from '../sections/types';
import fitted from './name-model.json';
import { nameCandidates } from './name-candidates';

/** Where `npm run train` writes the fitted weights, relative to the repository. */
export const NAME_MODEL_FILE = 'utils/profile/name-model.json';

/** The shipped weights. */
export const NAME_MODEL: RankerModel = fitted;

/**
 * The person's name: the candidate the fitted ranker scores best among every place a page names
 * someone (see nameCandidates), or null when "no name here" scores best.
 */
export function findPersonName(
  doc: CvDocument,
  sections: readonly Section[],
  model: RankerModel = NAME_MODEL,
): string | null {
  const candidates = nameCandidates(doc, sections);
  return (
    candidates[
      bestCandidate(
        model,
        candidates.map((c) => c.features),
      )
    ]?.name ?? null
  );
}
