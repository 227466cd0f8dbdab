import type { WeightsFile } from './model';

/**
 * The type of weights.json, declared so that the type checker does not infer one from the file's
 * 860 KB of numbers (a literal type of 18,000 keys, a sixth of `tsc`'s time). `npm run train`
 * writes the file in this shape; modelFromWeights reads it.
 */
declare const weights: WeightsFile;
export default weights;
