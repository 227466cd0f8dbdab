import type { LinearChainModel } from '../../utils/learn/linear-chain';
import { withSeedOffset } from '../../utils/learn/seeded-random';
import {
  positionsRight,
  trainLinearChain,
  type TrainingSequence,
} from '../../utils/learn/train-linear-chain';
import { documentLabelReadings } from '../../utils/sections/row-label-features';
import { ROW_LABEL_LABELS } from '../../utils/sections/row-label-model';
import type { LoadedDocument } from './dev-documents';
import { alignRowLabels } from './heading-labels';

export const ROW_LABEL_TRAINING = { epochs: 20, seed: 47, minCount: 2, orders: 32 } as const;

const ROW_LABEL = ROW_LABEL_LABELS.indexOf('row label');
const NOT_A_LABEL = ROW_LABEL_LABELS.indexOf('not a label');

/**
 * Each reading of each candidate row's label (a PDF line of several cells: its first cell alone, or
 * wrapped over the next lines) as one example, labelled a row label where it is aligned with one of
 * the truth's headings and no whole line is.
 */
function rowLabelExamples({ truth, document }: LoadedDocument): TrainingSequence[] {
  const readings = documentLabelReadings(document.lines);
  if (readings.every((r) => r === null)) return [];
  const gold = alignRowLabels(
    document.lines,
    truth.headings.map((h) => h.text),
  );
  return readings.flatMap((row, i) =>
    (row ?? []).map((reading, k) => ({
      features: [reading.features],
      gold: [gold[i] === k ? ROW_LABEL : NOT_A_LABEL],
    })),
  );
}

/**
 * Fits the row-label model on the candidate rows of the training documents. It needs no model
 * fitted before it: the heading model that follows it in the reader is fitted on whole lines only.
 */
export function trainRowLabelModel(
  docs: LoadedDocument[],
  seedOffset = 0,
): { model: LinearChainModel; report: string } {
  const data = docs.flatMap(rowLabelExamples);
  const model = trainLinearChain(ROW_LABEL_LABELS, data, withSeedOffset(ROW_LABEL_TRAINING, seedOffset));
  const { right, total } = positionsRight(model, data);
  const labels = data.filter((d) => d.gold[0] === ROW_LABEL).length;
  return {
    model,
    report: `row-label model: ${Object.keys(model.weights).length} weights; right on ${right} of ${total} training readings of rows (${labels} row labels)`,
  };
}
