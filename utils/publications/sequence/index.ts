import { modelFromWeights, type SequenceModel } from './model';
import weights from './weights.json';

let shipped: SequenceModel | null = null;

/** The model trained by `npm run train:references`, built from its weights on first use. */
export function shippedModel(): SequenceModel {
  shipped ??= modelFromWeights(weights);
  return shipped;
}
