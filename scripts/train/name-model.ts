import { comparisonKey } from '../../utils/document/normalize-text';
import type { RankerModel } from '../../utils/learn/ranker';
import { bestCandidate } from '../../utils/learn/ranker';
import { trainRanker, type RankingExample } from '../../utils/learn/train-ranker';
import { nameCandidates } from '../../utils/profile/name-candidates';
import type { LoadedDocument, SectionsOf } from './dev-documents';
import { withSeedOffset } from '../../utils/learn/seeded-random';

/**
 * Twenty passes: at ten the averaged weights still carried the early passes' guesses, and pages at
 * the name / "no name here" margin flipped with the fold and the seed; held out on dev folds (name
 * ranker alone, round 32) 10, 15, 20, 30 and 40 passes read 87.9, 88.1, 88.8, 88.5 and 88.8% of the
 * names right (mean of seed offsets 0 and 1000).
 */
export const NAME_TRAINING = { epochs: 20, seed: 43, orders: 32, margin: 1 } as const;

/** The name as the scorer compares it: initials aside. */
const core = (name: string | null): string =>
  comparisonKey(name ?? '')
    .split(' ')
    .filter((t) => t.length > 1)
    .join(' ');

/**
 * Each document's name candidates; right are those equal to the truth's name (or "no name" when it
 * has none) or, when the name is never among them, to one of its variants: the scorer gives a
 * variant half the credit ("Heczey A" on a list that never writes "Andras"), more than none.
 */
function nameExample({ truth, document }: LoadedDocument, sections: SectionsOf): RankingExample {
  const candidates = nameCandidates(document, sections(document));
  const wanted = core(truth.name);
  const exact = candidates.map((c) =>
    c.name === null ? wanted === '' : wanted !== '' && core(c.name) === wanted,
  );
  const variants = new Set(truth.name_variants.map(core).filter(Boolean));
  return {
    candidates: candidates.map((c) => c.features),
    right: exact.some(Boolean) ? exact : candidates.map((c) => c.name !== null && variants.has(core(c.name))),
  };
}

export function trainNameModel(
  docs: LoadedDocument[],
  sections: SectionsOf,
  seedOffset = 0,
): { model: RankerModel; report: string } {
  const examples = docs.map((d) => nameExample(d, sections));
  const model = trainRanker(examples, withSeedOffset(NAME_TRAINING, seedOffset));
  const reachable = examples.filter((e) => e.right.some(Boolean)).length;
  const right = examples.filter((e) => e.right[bestCandidate(model, e.candidates)]).length;
  return {
    model,
    report: `name model: ${Object.keys(model.weights).length} weights; right on ${right} of ${examples.length} training documents (${reachable} have the name among the candidates)`,
  };
}
