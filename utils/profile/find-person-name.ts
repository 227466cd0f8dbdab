import type { CvDocument } from '../document/types';
import { bestCandidate, bestScoreIndex, candidateScore, type RankerModel } from '../learn/ranker';
import type { Section } from '../sections/types';
import fitted from './name-model.json';
import { nameCandidates, type NameCandidate } from './name-candidates';
import { writtenInLatin } from './name-likeness';

/** Where `npm run train` writes the fitted weights, relative to the repository. */
export const NAME_MODEL_FILE = 'utils/profile/name-model.json';

/** The shipped weights. */
export const NAME_MODEL: RankerModel = fitted;

/** The person's name, and the same person's name in Latin letters when the name is written otherwise. */
export interface PersonName {
  name: string | null;
  /**
   * "Naruo Ohga" beside "大賀 成朗": the form the page's author lists or e-mail address write the
   * person in, which their publications are found under. Null when the name is in Latin letters.
   */
  latinForm: string | null;
  /**
   * The best-scored candidate that names someone, whether or not it beat "no name here", with how
   * far its score stands above that of "no name here" (below it when negative); null when no
   * candidate names anyone. The document-kind model reads this, not the decision, so a small move
   * of the name ranker moves the kind by one soft feature at most.
   */
  person: { name: string; margin: number } | null;
}

/** What shows a Latin-letter candidate is the person's: their author lists' family name, their address. */
const OWN_NAME_EVIDENCE = ['name:author run family', 'name:in e-mail'];

/**
 * The person's name: the candidate the fitted ranker scores best among every place a page names
 * someone (see nameCandidates), or null when "no name here" scores best. When that name is written
 * in another script, the best-scored candidate in Latin letters that the author lists or the e-mail
 * address bear out is kept beside it.
 */
export function findPersonName(
  doc: CvDocument,
  sections: readonly Section[],
  model: RankerModel = NAME_MODEL,
): PersonName {
  const candidates = nameCandidates(doc, sections);
  const scores = candidates.map((c) => candidateScore(model, c.features));
  // The ranker's choice, from the scores the margin also reads.
  const name = candidates[bestScoreIndex(scores)]?.name ?? null;
  const person = bestPerson(candidates, scores);
  if (name === null || writtenInLatin(name)) return { name, latinForm: null, person };
  const latin = candidates.filter(
    (c): c is NameCandidate & { name: string } =>
      c.name !== null && writtenInLatin(c.name) && c.features.some((f) => OWN_NAME_EVIDENCE.includes(f)),
  );
  return {
    name,
    latinForm:
      latin[
        bestCandidate(
          model,
          latin.map((c) => c.features),
        )
      ]?.name ?? null,
    person,
  };
}

/** The best-scored candidate with a name, and its score less that of the "no name here" candidate. */
function bestPerson(candidates: readonly NameCandidate[], scores: readonly number[]): PersonName['person'] {
  const noName = candidates.findIndex((c) => c.name === null);
  const noNameScore = noName < 0 ? 0 : scores[noName]!;
  let person: PersonName['person'] = null;
  for (const [i, c] of candidates.entries()) {
    const margin = scores[i]! - noNameScore;
    if (c.name !== null && (person === null || margin > person.margin)) person = { name: c.name, margin };
  }
  return person;
}
