import { decode, type LinearChainModel } from '../../utils/learn/linear-chain';
import { trainLinearChain, type TrainingSequence } from '../../utils/learn/train-linear-chain';
import { documentLineFeatures } from '../../utils/sections/line-features';
import { HEADING_LABELS } from '../../utils/sections/heading-model';
import type { LoadedDocument } from './dev-documents';
import { alignHeadings } from './heading-labels';
import { withSeedOffset } from '../../utils/learn/seeded-random';

export const HEADING_TRAINING = { epochs: 20, seed: 14, minCount: 2, orders: 8 } as const;

/** Each document's lines as features, labelled heading where the truth lists the line's text as a heading. */
function headingSequence({ truth, document }: LoadedDocument): TrainingSequence {
  const gold = alignHeadings(
    document.lines,
    truth.headings.map((h) => h.text),
  ).map((isHeading) => (isHeading ? 1 : 0));
  return { features: documentLineFeatures(document.lines), gold };
}

/** Fits the heading model; with it, a line saying how well it fits its own training data. */
export function trainHeadingModel(
  docs: LoadedDocument[],
  seedOffset = 0,
): { model: LinearChainModel; report: string } {
  const data = docs.map(headingSequence);
  const model = trainLinearChain(HEADING_LABELS, data, withSeedOffset(HEADING_TRAINING, seedOffset));
  let right = 0;
  let total = 0;
  for (const { features, gold } of data) {
    const guess = decode(model, features);
    gold.forEach((g, i) => {
      if (g === 1 || guess[i] === 1) {
        total++;
        if (guess[i] === g) right++;
      }
    });
  }
  const report = `heading model: ${docs.length} documents, ${Object.keys(model.weights).length} weights; on its training data ${right} of ${total} heading decisions right`;
  return { model, report };
}
