import { bestCandidate, type RankerModel } from './ranker';
import { seededRandom, shuffleInPlace } from './seeded-random';

/** One decision to learn: the candidates' features and which candidates are right. */
export interface RankingExample {
  candidates: string[][];
  right: boolean[];
}

export interface RankerTraining {
  epochs: number;
  seed: number;
  /**
   * Trainings over this many example orders (seeds seed, seed + 1, …) whose weights are averaged:
   * one fixed order's model moves with any change in the data before a given example.
   */
  orders: number;
  /**
   * The score by which the best right candidate must beat every wrong one during training (a
   * cost-augmented perceptron): weights that only just rank the training examples right move their
   * choices, and so held-out ones, with any small change in the data.
   */
  margin?: number;
}

/**
 * Averaged ranking perceptron: where the current weights prefer a wrong candidate, move them
 * towards the best right one. Examples without a right candidate teach nothing and are skipped.
 * Examples are shuffled per epoch by a seeded generator, and the weights of several orders are
 * averaged; rounded to four decimals, the same data always give the same model, byte for byte.
 */
export function trainRanker(examples: RankingExample[], options: RankerTraining): RankerModel {
  const usable = examples.filter((e) => e.right.some(Boolean));
  const sum = new Map<string, number>();
  for (let o = 0; o < options.orders; o++)
    for (const [key, value] of trainOneOrder(usable, options, options.seed + o))
      sum.set(key, (sum.get(key) ?? 0) + value / options.orders);
  const averaged: Record<string, number> = {};
  for (const key of [...sum.keys()].sort()) {
    const value = Math.round(sum.get(key)! * 1e4) / 1e4;
    if (value !== 0) averaged[key] = value;
  }
  return { weights: averaged };
}

/** One averaged-perceptron training over example orders drawn from `seed`: the averaged weights. */
function trainOneOrder(
  usable: RankingExample[],
  { epochs, margin = 0 }: RankerTraining,
  seed: number,
): Map<string, number> {
  // Updated in place: the live model the examples are ranked with as training goes.
  const weights: Record<string, number> = {};
  const totals = new Map<string, number>();
  const live: RankerModel = { weights };
  let step = 1;
  const add = (features: readonly string[], delta: number): void => {
    for (const f of features) {
      weights[f] = (weights[f] ?? 0) + delta;
      totals.set(f, (totals.get(f) ?? 0) + step * delta);
    }
  };
  const next = seededRandom(seed);
  const order = usable.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffleInPlace(order, next);
    for (const index of order) {
      const example = usable[index]!;
      // Every wrong candidate raised by the margin: the right one must win by that much.
      const guess = bestCandidate(live, example.candidates, (i) => (example.right[i] ? 0 : margin));
      if (!example.right[guess]) {
        const rightOnes = example.candidates.filter((_, i) => example.right[i]);
        const target = example.candidates.indexOf(rightOnes[bestCandidate(live, rightOnes)]!);
        add(example.candidates[target]!, 1);
        add(example.candidates[guess]!, -1);
      }
      step++;
    }
  }
  return new Map([...totals].map(([f, total]) => [f, weights[f]! - total / step]));
}
