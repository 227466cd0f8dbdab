import { viterbiOneRun } from './decode';
import { gapClasses, tokenFeatures, type FeatureContext } from './features';
import { LABELS, ONE_RUN_LABEL, type Label } from './labels';
import type { Token } from './tokenize';

/**
 * The weights file: integers (weights times `scale`) so it stays small and exact across runs.
 * `features` holds the features by template, the part of a name up to its first `=` ("w-1=",
 * "" for names without one), and within one by the rest of the name, each mapped to [label index,
 * weight, label index, weight, …] for the labels it weighs on: written once per template, the
 * prefixes took a tenth of the file. `start` is per label, `transitions` per kind of gap (GAPS) and
 * (previous, next) label pair.
 */
export interface WeightsFile {
  labels: string[];
  scale: number;
  start: number[];
  transitions: number[];
  features: Record<string, Record<string, number[]>>;
}

/** A feature name's template: up to and including its first `=`, or "" when it has none. */
export function templateOf(name: string): string {
  return name.slice(0, name.indexOf('=') + 1);
}

/**
 * A linear-chain model ready to decode: each feature's weights are one dense row of `weights`
 * (at `rows.get(feature) * labels`), kept in one array for speed.
 */
export interface SequenceModel {
  start: Float64Array;
  transitions: Float64Array;
  rows: ReadonlyMap<string, number>;
  weights: Float64Array;
}

const SIZE = LABELS.length;

export function modelFromWeights(file: WeightsFile): SequenceModel {
  if (file.labels.join() !== LABELS.join())
    throw new Error(`weights are for labels ${file.labels.join()}, not ${LABELS.join()}`);
  const entries = Object.entries(file.features).flatMap(([template, byRest]) =>
    Object.entries(byRest).map(([rest, pairs]) => [template + rest, pairs] as const),
  );
  const rows = new Map<string, number>();
  const weights = new Float64Array(entries.length * SIZE);
  entries.forEach(([name, pairs], row) => {
    rows.set(name, row);
    for (let k = 0; k < pairs.length; k += 2) weights[row * SIZE + pairs[k]!] = pairs[k + 1]! / file.scale;
  });
  return {
    start: Float64Array.from(file.start, (w) => w / file.scale),
    transitions: Float64Array.from(file.transitions, (w) => w / file.scale),
    rows,
    weights,
  };
}

/** Per token and label, the summed weights of the token's features. */
export function emissionScores(model: SequenceModel, features: string[][]): Float64Array {
  const scores = new Float64Array(features.length * SIZE);
  const { rows, weights } = model;
  features.forEach((names, t) => {
    const at = t * SIZE;
    for (const name of names) {
      const row = rows.get(name);
      if (row === undefined) continue;
      const from = row * SIZE;
      for (let y = 0; y < SIZE; y++) scores[at + y] = scores[at + y]! + weights[from + y]!;
    }
  });
  return scores;
}

/** The most likely label of every token, the title one run. */
export function labelTokens(model: SequenceModel, tokens: Token[], context: FeatureContext): Label[] {
  const emissions = emissionScores(model, tokenFeatures(tokens, context));
  return viterbiOneRun(
    emissions,
    model.start,
    model.transitions,
    gapClasses(tokens),
    SIZE,
    ONE_RUN_LABEL,
  ).map((y) => LABELS[y]!);
}
