import { seededRandom, shuffleInPlace } from './seeded-random';
import {
  decode,
  denseViterbi,
  featureKey,
  START,
  transitionKey,
  type LinearChainModel,
} from './linear-chain';

/** One training sequence: the features at each position and the right label index there. */
export interface TrainingSequence {
  features: readonly (readonly string[])[];
  gold: number[];
}

export interface TrainingOptions {
  epochs: number;
  seed: number;
  /** Features seen fewer times than this in training are left out of the model. */
  minCount: number;
  /**
   * Trainings over this many sequence orders (seeds seed, seed + 1, …) whose weights are averaged:
   * with a hundred documents one order's model swings with any small change in the data.
   */
  orders?: number;
}

/** A training sequence with each feature as its index in the list of kept features. */
interface IndexedSequence {
  features: Int32Array[];
  gold: number[];
}

/**
 * Averaged structured perceptron: decode each sequence with the current weights and move them
 * towards the right labelling where they differ; the averaged weights generalise better than the
 * last ones. Sequence order is shuffled per epoch by a seeded generator, and the weights of several
 * orders are averaged; rounded to four decimals, the same data always gives the same model, byte
 * for byte.
 */
export function trainLinearChain(
  labels: readonly string[],
  data: TrainingSequence[],
  options: TrainingOptions,
): LinearChainModel {
  const counts = new Map<string, number>();
  for (const seq of data)
    for (const fs of seq.features) for (const f of fs) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names: string[] = [];
  const indexOf = new Map<string, number>();
  const indexed = data.map((seq) => ({
    gold: seq.gold,
    features: seq.features.map((fs) =>
      Int32Array.from(
        fs.filter((f) => (counts.get(f) ?? 0) >= options.minCount),
        (f) => {
          let index = indexOf.get(f);
          if (index === undefined) indexOf.set(f, (index = names.push(f) - 1));
          return index;
        },
      ),
    ),
  }));
  const k = labels.length;
  const orders = options.orders ?? 1;
  const sum = new Float64Array(names.length * k + (k + 1) * k);
  for (let o = 0; o < orders; o++) {
    const weights = trainOneOrder(k, names.length, indexed, options.epochs, options.seed + o);
    for (let i = 0; i < sum.length; i++) sum[i] = sum[i]! + weights[i]! / orders;
  }
  // Rounded to four decimals; a weight that rounds to 0 is left out.
  const kept: [string, number][] = [];
  const keep = (key: string, total: number): void => {
    const value = Math.round(total * 1e4) / 1e4;
    if (value !== 0) kept.push([key, value]);
  };
  names.forEach((name, f) => labels.forEach((label, j) => keep(featureKey(label, name), sum[f * k + j]!)));
  for (let from = -1; from < k; from++)
    for (let to = 0; to < k; to++)
      keep(
        transitionKey(from < 0 ? START : labels[from]!, labels[to]!),
        sum[names.length * k + (from + 1) * k + to]!,
      );
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const averaged = Object.fromEntries(kept);
  return { labels, weights: averaged };
}

/**
 * One averaged-perceptron training over sequence orders drawn from `seed`: the averaged weights,
 * feature f's under label j at f * k + j, then the transitions from label p (-1: the start) to j
 * at nFeatures * k + (p + 1) * k + j. Flat arrays indexed by number, because training decodes
 * every sequence on every epoch: building a `label\tfeature` key for every label, feature and
 * position and looking it up in a map had cost most of the training time.
 */
function trainOneOrder(
  k: number,
  nFeatures: number,
  data: IndexedSequence[],
  epochs: number,
  seed: number,
): Float64Array {
  const transitions = nFeatures * k;
  const weights = new Float64Array(transitions + (k + 1) * k);
  const totals = new Float64Array(weights.length);
  let step = 1;
  const add = (index: number, delta: number): void => {
    weights[index] = weights[index]! + delta;
    totals[index] = totals[index]! + step * delta;
  };
  const addPath = (seq: IndexedSequence, path: number[], delta: number): void =>
    path.forEach((label, i) => {
      add(transitions + (i === 0 ? 0 : path[i - 1]! + 1) * k + label, delta);
      for (const f of seq.features[i]!) add(f * k + label, delta);
    });
  // A sequence's emission scores, summed feature by feature in the order given, as the model's
  // own decoding does; the transitions are the tail of the weights, in denseViterbi's layout.
  const emissions = (seq: IndexedSequence): Float64Array => {
    const out = new Float64Array(seq.features.length * k);
    seq.features.forEach((features, i) => {
      for (const f of features)
        for (let j = 0; j < k; j++) out[i * k + j] = out[i * k + j]! + weights[f * k + j]!;
    });
    return out;
  };
  const transitionScores = weights.subarray(transitions);
  const next = seededRandom(seed);
  const order = data.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffleInPlace(order, next);
    for (const index of order) {
      const seq = data[index]!;
      const guess = denseViterbi(k, emissions(seq), transitionScores);
      if (guess.some((g, i) => g !== seq.gold[i])) {
        addPath(seq, seq.gold, 1);
        addPath(seq, guess, -1);
      }
      step++;
    }
  }
  return weights.map((value, i) => value - totals[i]! / step);
}

/** How many positions of the training sequences a model labels as their gold says, of how many. */
export function positionsRight(
  model: LinearChainModel,
  data: readonly TrainingSequence[],
): { right: number; total: number } {
  let right = 0;
  let total = 0;
  for (const { features, gold } of data) {
    const guess = decode(model, features);
    gold.forEach((g, i) => {
      total++;
      if (guess[i] === g) right++;
    });
  }
  return { right, total };
}
