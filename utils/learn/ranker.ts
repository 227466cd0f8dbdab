/**
 * A linear ranker: each candidate (a possible name of the person, say) has named binary features,
 * the model a weight per feature, and the highest-scoring candidate wins. The weights are fitted by
 * scripts/train (averaged ranking perceptron) and shipped as a data file.
 */
export interface RankerModel {
  weights: Readonly<Record<string, number>>;
}

export function candidateScore(model: RankerModel, features: readonly string[]): number {
  let score = 0;
  for (const f of features) score += model.weights[f] ?? 0;
  return score;
}

/** The index of the highest score (the first among equals), or -1 with none. */
export function bestScoreIndex(scores: readonly number[]): number {
  let best = -1;
  let bestScore = -Infinity;
  scores.forEach((score, i) => {
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  return best;
}

/**
 * The index of the best candidate (the first among equals), or -1 with none. `bonus` adds to a
 * candidate's score by its index (training raises the wrong candidates by a margin).
 */
export function bestCandidate(
  model: RankerModel,
  candidates: readonly (readonly string[])[],
  bonus: (index: number) => number = () => 0,
): number {
  return bestScoreIndex(candidates.map((features, i) => candidateScore(model, features) + bonus(i)));
}
