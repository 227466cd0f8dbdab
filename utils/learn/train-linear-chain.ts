import { seededRandom } from './seeded-random';
import { decodeWith, featureKey, START, transitionKey, type LinearChainModel } from './linear-chain';

/** One training sequence: the features at each position and the right label index there. */
export interface TrainingSequence {
  features: string[][];
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

function keysOf(labels: readonly string[], seq: TrainingSequence, path: number[]): string[] {
  const keys: string[] = [];
  path.forEach((label, i) => {
    const name = labels[label]!;
    keys.push(transitionKey(i === 0 ? START : labels[path[i - 1]!]!, name));
    for (const feature of seq.features[i]!) keys.push(featureKey(name, feature));
  });
  return keys;
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
  const kept = data.map((seq) => ({
    ...seq,
    features: seq.features.map((fs) => fs.filter((f) => (counts.get(f) ?? 0) >= options.minCount)),
  }));
  const orders = options.orders ?? 1;
  const sum = new Map<string, number>();
  for (let o = 0; o < orders; o++)
    for (const [key, value] of trainOneOrder(labels, kept, options.epochs, options.seed + o))
      sum.set(key, (sum.get(key) ?? 0) + value / orders);
  const averaged: Record<string, number> = {};
  for (const key of [...sum.keys()].sort()) {
    const value = Math.round(sum.get(key)! * 1e4) / 1e4;
    if (value !== 0) averaged[key] = value;
  }
  return { labels, weights: averaged };
}

/** One averaged-perceptron training over sequence orders drawn from `seed`. */
function trainOneOrder(
  labels: readonly string[],
  kept: TrainingSequence[],
  epochs: number,
  seed: number,
): Map<string, number> {
  const weights = new Map<string, number>();
  const totals = new Map<string, number>();
  let step = 1;
  const add = (key: string, delta: number): void => {
    weights.set(key, (weights.get(key) ?? 0) + delta);
    totals.set(key, (totals.get(key) ?? 0) + step * delta);
  };
  const next = seededRandom(seed);
  const order = kept.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const index of order) {
      const seq = kept[index]!;
      const guess = decodeWith(labels, (key) => weights.get(key) ?? 0, seq.features);
      if (guess.some((g, i) => g !== seq.gold[i])) {
        for (const key of keysOf(labels, seq, seq.gold)) add(key, 1);
        for (const key of keysOf(labels, seq, guess)) add(key, -1);
      }
      step++;
    }
  }
  const averaged = new Map<string, number>();
  for (const [key, value] of weights) averaged.set(key, value - totals.get(key)! / step);
  return averaged;
}
