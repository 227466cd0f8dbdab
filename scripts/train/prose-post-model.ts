import { prosePostCandidates } from '../../utils/entries/prose-post-features';
import { PROSE_POST_LABELS, proseParagraphs } from '../../utils/entries/prose-positions';
import type { LinearChainModel } from '../../utils/learn/linear-chain';
import {
  positionsRight,
  trainLinearChain,
  type TrainingSequence,
} from '../../utils/learn/train-linear-chain';
import { ENTRY_MATCH, entryMatch } from '../eval/corpus-score';
import type { CollectedOf, LoadedDocument } from './dev-documents';
import { withSeedOffset } from '../../utils/learn/seeded-random';

export const PROSE_POST_TRAINING = { epochs: 20, seed: 37, minCount: 2, orders: 32 } as const;

/**
 * A document's prose-post candidates, each labelled a position when it matches one of the truth's
 * by the scorer's rule (the organisation decides, the title breaks ties).
 */
function prosePostSequence({ truth, document }: LoadedDocument): TrainingSequence | null {
  const candidates = prosePostCandidates(proseParagraphs(document.lines));
  if (candidates.length === 0) return null;
  const isPost = (c: (typeof candidates)[number]): boolean =>
    truth.positions.some((t) => entryMatch(t.organization, t.title, c.entry, 'any script') >= ENTRY_MATCH);
  return {
    features: candidates.map((c) => c.features),
    gold: candidates.map((c) => PROSE_POST_LABELS.indexOf(isPost(c) ? 'position' : 'drop')),
  };
}

/**
 * Fits the prose-post model on the prose of the training documents the reader reads it in: those
 * whose sections give no positions (under the models fitted before it), letters aside.
 */
export function trainProsePostModel(
  docs: LoadedDocument[],
  collectedOf: CollectedOf,
  seedOffset = 0,
): { model: LinearChainModel; report: string } {
  const readsProse = ({ truth, document }: LoadedDocument): boolean =>
    truth.document_kind !== 'letter' && collectedOf(document).positions.length === 0;
  const data = docs.filter(readsProse).flatMap((d) => prosePostSequence(d) ?? []);
  const model = trainLinearChain(PROSE_POST_LABELS, data, withSeedOffset(PROSE_POST_TRAINING, seedOffset));
  const { right, total } = positionsRight(model, data);
  const position = PROSE_POST_LABELS.indexOf('position');
  const positions = data.flatMap((d) => d.gold).filter((g) => g === position).length;
  return {
    model,
    report: `prose-post model: ${Object.keys(model.weights).length} weights; right on ${right} of ${total} training candidates (${positions} positions)`,
  };
}
