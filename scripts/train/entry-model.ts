import { entryFeatures, type CandidateEntry } from '../../utils/entries/entry-features';
import { decode, type LinearChainModel } from '../../utils/learn/linear-chain';
import { trainLinearChain, type TrainingSequence } from '../../utils/learn/train-linear-chain';
import { candidateEntries, ENTRY_LABELS } from '../../utils/profile/collect-sections';
import { ENTRY_MATCH, entryMatch } from '../eval/corpus-score';
import type { LoadedDocument, SectionsOf, TrainingTruth } from './dev-documents';

export const ENTRY_TRAINING = { epochs: 20, seed: 31, minCount: 2 } as const;

/** Whether a parsed entry is one the truth lists (in the list it would go to), by the scorer's match. */
function isTruthEntry(entry: CandidateEntry, truth: TrainingTruth): boolean {
  if (entry.list === 'education')
    return truth.education.some((t) => entryMatch(t.institution, t.degree, entry) >= ENTRY_MATCH);
  return truth.positions.some((t) => entryMatch(t.organization, t.title, entry) >= ENTRY_MATCH);
}

/** Each section's parsed entries, labelled keep where the truth lists them. */
function entrySequences({ truth, document }: LoadedDocument, sectionsOf: SectionsOf): TrainingSequence[] {
  return candidateEntries(sectionsOf(document))
    .filter((entries) => entries.length > 0)
    .map((entries) => ({
      features: entryFeatures(entries),
      gold: entries.map((e) => ENTRY_LABELS.indexOf(isTruthEntry(e, truth) ? 'keep' : 'drop')),
    }));
}

export function trainEntryModel(
  docs: LoadedDocument[],
  sectionsOf: SectionsOf,
): { model: LinearChainModel; report: string } {
  const data = docs.flatMap((d) => entrySequences(d, sectionsOf));
  const model = trainLinearChain(ENTRY_LABELS, data, ENTRY_TRAINING);
  let right = 0;
  let total = 0;
  for (const { features, gold } of data) {
    const guess = decode(model, features);
    gold.forEach((g, i) => {
      total++;
      if (guess[i] === g) right++;
    });
  }
  return {
    model,
    report: `entry model: ${Object.keys(model.weights).length} weights; right on ${right} of ${total} training entries`,
  };
}
