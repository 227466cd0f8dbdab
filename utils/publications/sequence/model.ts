import { viterbi } from './decode';
import { gapClasses, tokenFeatures, type FeatureContext } from './features';
import { LABELS, type Label } from './labels';
import type { Token } from './tokenize';

/**
 * The weights file: integers (weights times `scale`) so it stays small and exact across runs.
 * `features` maps a feature name to [label index, weight, label index, weight, …] for the labels
 * it weighs on; `start` is per label, `transitions` per kind of gap (GAPS) and (previous, next) label pair.
 */
export interface WeightsFile {
  labels: string[];
  scale: number;
  start: number[];
  transitions: number[];
  features: Record<string, number[]>;
}

/** A linear-chain model ready to decode: dense per-feature rows for speed. */
export interface SequenceModel {
  start: Float64Array;
  transitions: Float64Array;
  features: ReadonlyMap<string, Float64Array>;
}

const SIZE = LABELS.length;

export function modelFromWeights(file: WeightsFile): SequenceModel {
  if (file.labels.join() !== LABELS.join())
    throw new Error(`weights are for labels ${file.labels.join()}, not ${LABELS.join()}`);
  const features = new Map<string, Float64Array>();
  for (const [name, pairs] of Object.entries(file.features)) {
    const row = new Float64Array(SIZE);
    for (let k = 0; k < pairs.length; k += 2) row[pairs[k]!] = pairs[k + 1]! / file.scale;
    features.set(name, row);
  }
  return {
    start: Float64Array.from(file.start, (w) => w / file.scale),
    transitions: Float64Array.from(file.transitions, (w) => w / file.scale),
    features,
  };
}

/** Per token and label, the summed weights of the token's features. */
export function emissionScores(model: SequenceModel, features: string[][]): Float64Array {
  const scores = new Float64Array(features.length * SIZE);
  features.forEach((names, t) => {
    for (const name of names) {
      const row = model.features.get(name);
      if (!row) continue;
      for (let y = 0; y < SIZE; y++) scores[t * SIZE + y]! += row[y]!;
    }
  });
  return scores;
}

/** The most likely label of every token. */
export function labelTokens(model: SequenceModel, tokens: Token[], context: FeatureContext): Label[] {
  const emissions = emissionScores(model, tokenFeatures(tokens, context));
  return viterbi(emissions, model.start, model.transitions, gapClasses(tokens), SIZE).map((y) => LABELS[y]!);
}
