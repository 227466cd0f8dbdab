import type { WeightsFile } from './model';

/**
 * The type of weights.json, declared so that the type checker does not infer one from the file's
 * 20,000 feature keys (a literal type of that many keys, a sixth of `tsc`'s time). `npm run train`
 * writes the file in this shape; modelFromWeights reads it.
 */
declare const weights: WeightsFile;
export default weights;
