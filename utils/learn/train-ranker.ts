import { bestCandidate, type RankerModel } from './ranker';

/** One decision to learn: the candidates' features and which candidates are right. */
export interface RankingExample {
  candidates: string[][];
  right: boolean[];
}

/**
 * Averaged ranking perceptron: where the current weights prefer a wrong candidate, move them
 * towards the best right one. Examples without a right candidate teach nothing and are skipped.
 * Deterministic (fixed order, weights rounded to four decimals).
 */
export function trainRanker(examples: RankingExample[], epochs: number): RankerModel {
  const usable = examples.filter((e) => e.right.some(Boolean));
  const weights = new Map<string, number>();
  const totals = new Map<string, number>();
  let step = 1;
  const add = (features: readonly string[], delta: number): void => {
    for (const f of features) {
      weights.set(f, (weights.get(f) ?? 0) + delta);
      totals.set(f, (totals.get(f) ?? 0) + step * delta);
    }
  };
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const example of usable) {
      const live: RankerModel = { weights: Object.fromEntries(weights) };
      const guess = bestCandidate(live, example.candidates);
      if (!example.right[guess]) {
        const rightOnes = example.candidates.filter((_, i) => example.right[i]);
        const target = example.candidates.indexOf(rightOnes[bestCandidate(live, rightOnes)]!);
        add(example.candidates[target]!, 1);
        add(example.candidates[guess]!, -1);
      }
      step++;
    }
  }
  const averaged: Record<string, number> = {};
  for (const key of [...weights.keys()].sort()) {
    const value = Math.round((weights.get(key)! - totals.get(key)! / step) * 1e4) / 1e4;
    if (value !== 0) averaged[key] = value;
  }
  return { weights: averaged };
}
