import { degreeKey, proseDegreeCandidates } from '../../utils/entries/prose-degree-features';
import { PROSE_DEGREE_LABELS } from '../../utils/entries/prose-education';
import type { LinearChainModel } from '../../utils/learn/linear-chain';
import {
  positionsRight,
  trainLinearChain,
  type TrainingSequence,
} from '../../utils/learn/train-linear-chain';
import { ENTRY_MATCH, entryMatch } from '../eval/corpus-score';
import type { CollectedOf, LoadedDocument } from './dev-documents';
import { withSeedOffset } from '../../utils/learn/seeded-random';

export const PROSE_DEGREE_TRAINING = { epochs: 20, seed: 41, minCount: 2, orders: 32 } as const;

/**
 * A document's prose-degree candidates, each labelled a degree when it matches one of the truth's
 * education entries by the scorer's rule (the institution decides, the degree breaks ties).
 */
function proseDegreeSequence({ truth, document }: LoadedDocument): TrainingSequence | null {
  const candidates = proseDegreeCandidates(document.lines.map((l) => l.text));
  if (candidates.length === 0) return null;
  // The institution decides, as in scoring, but a named degree must be the same one: a bachelor's
  // paired with the doctorate's university is not the doctorate.
  const isDegree = (c: (typeof candidates)[number]): boolean =>
    truth.education.some((t) => {
      const key = degreeKey(t.degree ?? '');
      return (
        entryMatch(t.institution, t.degree, c.entry, 'any script') >= ENTRY_MATCH &&
        (key === null || key === degreeKey(c.entry.title ?? ''))
      );
    });
  return {
    features: candidates.map((c) => c.features),
    gold: candidates.map((c) => PROSE_DEGREE_LABELS.indexOf(isDegree(c) ? 'degree' : 'drop')),
  };
}

/**
 * Fits the prose-degree model on the lines of the training documents the reader reads it in: those
 * whose sections give no education (under the models fitted before it).
 */
export function trainProseDegreeModel(
  docs: LoadedDocument[],
  collectedOf: CollectedOf,
  seedOffset = 0,
): { model: LinearChainModel; report: string } {
  const readsLines = ({ document }: LoadedDocument): boolean => collectedOf(document).education.length === 0;
  const data = docs.filter(readsLines).flatMap((d) => proseDegreeSequence(d) ?? []);
  const model = trainLinearChain(
    PROSE_DEGREE_LABELS,
    data,
    withSeedOffset(PROSE_DEGREE_TRAINING, seedOffset),
  );
  const { right, total } = positionsRight(model, data);
  const degree = PROSE_DEGREE_LABELS.indexOf('degree');
  const degrees = data.flatMap((d) => d.gold).filter((g) => g === degree).length;
  return {
    model,
    report: `prose-degree model: ${Object.keys(model.weights).length} weights; right on ${right} of ${total} training candidates (${degrees} degrees)`,
  };
}
