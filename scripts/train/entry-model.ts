import { entryFeatures, type CandidateEntry } from '../../utils/entries/entry-features';
import type { LinearChainModel } from '../../utils/learn/linear-chain';
import {
  positionsRight,
  trainLinearChain,
  type TrainingSequence,
} from '../../utils/learn/train-linear-chain';
import { candidateEntries, ENTRY_LABELS } from '../../utils/profile/collect-sections';
import { ENTRY_MATCH, entryMatch } from '../eval/corpus-score';
import type { LoadedDocument, SectionsOf, TrainingTruth } from './dev-documents';
import { withSeedOffset } from '../../utils/learn/seeded-random';

type EntryLabel = (typeof ENTRY_LABELS)[number];

export const ENTRY_TRAINING = { epochs: 20, seed: 31, minCount: 2, orders: 32 } as const;

/**
 * Which reading of a parsed entry the truth lists, by the scorer's match: the degree, the post, or
 * neither. The match leans on the organisation, so a degree taken where the person also worked
 * matches a post too: the closer match (the title counts there) decides.
 */
function truthLabel(entry: CandidateEntry, truth: TrainingTruth): EntryLabel {
  const best = (scores: number[]): number => Math.max(0, ...scores);
  const degree = best(truth.education.map((t) => entryMatch(t.institution, t.degree, entry.asDegree)));
  const post = best(truth.positions.map((t) => entryMatch(t.organization, t.title, entry.asPost)));
  if (Math.max(degree, post) < ENTRY_MATCH) return 'drop';
  return degree >= post ? 'education' : 'positions';
}

/** Each section's parsed entries, labelled with the reading the truth lists. */
function entrySequences(
  { truth, document }: LoadedDocument,
  sectionsOf: SectionsOf,
  startModel: LinearChainModel,
): TrainingSequence[] {
  return candidateEntries(sectionsOf(document), startModel)
    .filter((entries) => entries.length > 0)
    .map((entries) => ({
      features: entryFeatures(entries),
      gold: entries.map((e) => ENTRY_LABELS.indexOf(truthLabel(e, truth))),
    }));
}

export function trainEntryModel(
  docs: LoadedDocument[],
  sectionsOf: SectionsOf,
  startModel: LinearChainModel,
  seedOffset = 0,
): { model: LinearChainModel; report: string } {
  const data = docs.flatMap((d) => entrySequences(d, sectionsOf, startModel));
  const model = trainLinearChain(ENTRY_LABELS, data, withSeedOffset(ENTRY_TRAINING, seedOffset));
  const { right, total } = positionsRight(model, data);
  return {
    model,
    report: `entry model: ${Object.keys(model.weights).length} weights; right on ${right} of ${total} training entries`,
  };
}
