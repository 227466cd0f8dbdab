/**
 * A linear-chain model over a sequence (the lines of a document, the blocks of a section): each
 * position has named binary features, each label a weight per feature, and each pair of
 * neighbouring labels a transition weight. Decoding picks the best label sequence as a whole
 * (Viterbi), so a decision can lean on its neighbours'. The weights are fitted by
 * scripts/train (averaged structured perceptron) and shipped as a data file.
 */
export interface LinearChainModel {
  labels: readonly string[];
  /** `label\tfeature` → weight, and `prev>label` → transition weight ('^' before the first position). */
  weights: Readonly<Record<string, number>>;
}

export const START = '^';

export const featureKey = (label: string, feature: string): string => `${label}\t${feature}`;
export const transitionKey = (previous: string, label: string): string => `${previous}>${label}`;

/** A weight by its key; 0 for a key the model does not hold. */
export type WeightOf = (key: string) => number;

const weightOfModel =
  (model: LinearChainModel): WeightOf =>
  (key) =>
    model.weights[key] ?? 0;

/** The score of every label at one position, from its features alone. */
export function emissionScores(
  labels: readonly string[],
  weightOf: WeightOf,
  features: readonly string[],
): number[] {
  return labels.map((label) => {
    let score = 0;
    for (const feature of features) score += weightOf(featureKey(label, feature));
    return score;
  });
}

/** The best label sequence (indices into model.labels) for a sequence of feature lists. */
export function decode(model: LinearChainModel, sequence: readonly (readonly string[])[]): number[] {
  return decodeWith(model.labels, weightOfModel(model), sequence);
}

/** Viterbi over the labels, with weights read through `weightOf` (training reads live weights). */
export function decodeWith(
  labels: readonly string[],
  weightOf: WeightOf,
  sequence: readonly (readonly string[])[],
): number[] {
  const n = sequence.length;
  const k = labels.length;
  if (n === 0) return [];
  const transition = (from: number, to: number): number =>
    weightOf(transitionKey(from < 0 ? START : labels[from]!, labels[to]!));
  let best = emissionScores(labels, weightOf, sequence[0]!).map((s, j) => s + transition(-1, j));
  const back: number[][] = [];
  for (let i = 1; i < n; i++) {
    const emit = emissionScores(labels, weightOf, sequence[i]!);
    const row: number[] = [];
    const next: number[] = [];
    for (let j = 0; j < k; j++) {
      let arg = 0;
      let max = -Infinity;
      for (let p = 0; p < k; p++) {
        const s = best[p]! + transition(p, j);
        if (s > max) {
          max = s;
          arg = p;
        }
      }
      row.push(arg);
      next.push(max + emit[j]!);
    }
    back.push(row);
    best = next;
  }
  let last = 0;
  for (let j = 1; j < k; j++) if (best[j]! > best[last]!) last = j;
  const path = [last];
  for (let i = n - 2; i >= 0; i--) path.unshift(back[i]![path[0]!]!);
  return path;
}
