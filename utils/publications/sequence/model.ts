import { viterbiOneRun } from './decode';
import { gapClasses, tokenFeatures, type FeatureContext } from './features';
import { LABELS, ONE_RUN_LABEL, type Label } from './labels';
import type { Token } from './tokenize';

/**
 * The weights file: integers (weights times `scale`) so it stays small and exact across runs.
 * `features` holds the features by template, the part of a name up to its first `=` ("w-1=",
 * "" for names without one), and within one by the rest of the name, each mapped to its packed
 * weights (packWeights): written once per template, the prefixes took a tenth of the file.
 * `start` is per label, `transitions` per kind of gap (GAPS) and (previous, next) label pair.
 */
export interface WeightsFile {
  labels: string[];
  scale: number;
  start: number[];
  transitions: number[];
  features: Record<string, Record<string, string>>;
}

const SIZE = LABELS.length;

/** The letter that stands for label index `y` in packed weights: a for the first label, b, … */
const LABEL_LETTER_BASE = 'a'.charCodeAt(0);

/**
 * A feature's weights as the file holds them: for each label it weighs on, the label's letter and
 * the weight, "c12f-7" for 12 on the third label and -7 on the sixth. Written as a JSON array of
 * [label, weight, …] numbers, the commas and the labels' digits were a quarter of the file (1,015 KB
 * → 742 KB for the same integers).
 */
export function packWeights(pairs: readonly (readonly [label: number, weight: number])[]): string {
  return pairs.map(([y, w]) => String.fromCharCode(LABEL_LETTER_BASE + y) + String(w)).join('');
}

/** The [label, weight] pairs of packed weights (packWeights), in their written order. */
export function unpackWeights(packed: string): [label: number, weight: number][] {
  const pairs: [number, number][] = [];
  // Scanned by character codes, with no substrings cut: this runs over all 130,000 weights when
  // the shipped model is first built.
  let at = 0;
  while (at < packed.length) {
    const y = packed.charCodeAt(at++) - LABEL_LETTER_BASE;
    const negative = packed[at] === '-';
    if (negative) at++;
    let w = 0;
    const from = at;
    for (let c = packed.charCodeAt(at); c >= 48 && c <= 57; c = packed.charCodeAt(++at)) w = w * 10 + c - 48;
    if (y < 0 || y >= SIZE || at === from) throw new Error(`packed weights "${packed}" are malformed`);
    pairs.push([y, negative ? -w : w]);
  }
  return pairs;
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

export function modelFromWeights(file: WeightsFile): SequenceModel {
  if (file.labels.join() !== LABELS.join())
    throw new Error(`weights are for labels ${file.labels.join()}, not ${LABELS.join()}`);
  const entries = Object.entries(file.features).flatMap(([template, byRest]) =>
    Object.entries(byRest).map(([rest, pairs]) => [template + rest, pairs] as const),
  );
  const rows = new Map<string, number>();
  const weights = new Float64Array(entries.length * SIZE);
  entries.forEach(([name, packed], row) => {
    rows.set(name, row);
    for (const [y, w] of unpackWeights(packed)) weights[row * SIZE + y] = w / file.scale;
  });
  return {
    start: Float64Array.from(file.start, (w) => w / file.scale),
    transitions: Float64Array.from(file.transitions, (w) => w / file.scale),
    rows,
    weights,
  };
}

/**
 * Per token and label, the summed weights of the token's features. Plain index loops, not a
 * callback per token: the same sums in the same order, in 0.90 of the time (every entry's tokens).
 */
export function emissionScores(model: SequenceModel, features: string[][]): Float64Array {
  const scores = new Float64Array(features.length * SIZE);
  const { rows, weights } = model;
  for (let t = 0; t < features.length; t++) {
    const names = features[t]!;
    const at = t * SIZE;
    for (let k = 0; k < names.length; k++) {
      const row = rows.get(names[k]!);
      if (row === undefined) continue;
      const from = row * SIZE;
      for (let y = 0; y < SIZE; y++) scores[at + y] = scores[at + y]! + weights[from + y]!;
    }
  }
  return scores;
}

/** The most likely label of every token, the title one run. */
export function labelTokens(model: SequenceModel, tokens: Token[], context: FeatureContext): Label[] {
  const gaps = gapClasses(tokens);
  const emissions = emissionScores(model, tokenFeatures(tokens, context, gaps));
  return viterbiOneRun(emissions, model.start, model.transitions, gaps, SIZE, ONE_RUN_LABEL).map(
    (y) => LABELS[y]!,
  );
}
