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

/** What Viterbi reads: the label scores of one position, and each transition's weight. */
export interface ChainScores<Position = readonly string[]> {
  emit: (position: Position) => ArrayLike<number>;
  /** `from` -1 is the start. */
  transition: (from: number, to: number) => number;
}

/**
 * A model's weights laid out for decoding, built once per model: each feature's weight under every
 * label in one row, and the transitions in a table. Building `label\tfeature` keys for every label,
 * feature and position cost more than the rest of decoding.
 */
const COMPILED = new WeakMap<LinearChainModel, ChainScores>();

function compiledScores(model: LinearChainModel): ChainScores {
  const known = COMPILED.get(model);
  if (known) return known;
  const { labels } = model;
  const k = labels.length;
  const rows = new Map<string, Float64Array>();
  for (const [key, weight] of Object.entries(model.weights)) {
    const tab = key.indexOf('\t');
    const label = tab < 0 ? -1 : labels.indexOf(key.slice(0, tab));
    if (label < 0) continue;
    const feature = key.slice(tab + 1);
    let row = rows.get(feature);
    if (!row) rows.set(feature, (row = new Float64Array(k)));
    row[label] = weight;
  }
  const weightOf = weightOfModel(model);
  const transitions = new Float64Array((k + 1) * k);
  for (let from = -1; from < k; from++)
    for (let to = 0; to < k; to++)
      transitions[(from + 1) * k + to] = weightOf(
        transitionKey(from < 0 ? START : labels[from]!, labels[to]!),
      );
  const scores: ChainScores = {
    // Summed feature by feature in the order given, as emissionScores does: the same sums, bit for bit.
    emit: (features) => {
      const out = new Float64Array(k);
      for (const feature of features) {
        const row = rows.get(feature);
        if (row) for (let j = 0; j < k; j++) out[j] = out[j]! + row[j]!;
      }
      return out;
    },
    transition: (from, to) => transitions[(from + 1) * k + to]!,
  };
  COMPILED.set(model, scores);
  return scores;
}

/** A pair of labels that may not follow one another (`from` -1 is the start), whatever the weights say. */
export type Forbidden = (from: number, to: number) => boolean;

/**
 * The best label sequence (indices into model.labels) for a sequence of feature lists; with
 * `forbidden`, the best among the sequences that never take a forbidden step.
 */
export function decode(
  model: LinearChainModel,
  sequence: readonly (readonly string[])[],
  forbidden?: Forbidden,
): number[] {
  const scores = compiledScores(model);
  const allowed: ChainScores = forbidden
    ? { ...scores, transition: (from, to) => (forbidden(from, to) ? -Infinity : scores.transition(from, to)) }
    : scores;
  return viterbi(model.labels.length, allowed, sequence);
}

/** The best label sequence (label indices) under `scores`, for `k` labels. */
export function viterbi<Position>(
  k: number,
  scores: ChainScores<Position>,
  sequence: readonly Position[],
): number[] {
  const emissions = new Float64Array(sequence.length * k);
  sequence.forEach((position, i) => emissions.set(scores.emit(position), i * k));
  // Each transition score asked once, not once per position.
  const transitions = new Float64Array((k + 1) * k);
  for (let from = -1; from < k; from++)
    for (let to = 0; to < k; to++) transitions[(from + 1) * k + to] = scores.transition(from, to);
  return Array.from(denseViterbi(k, emissions, transitions));
}

/** denseViterbi's working arrays, for sequences of up to `longest` positions of `k` labels. */
export interface ViterbiScratch {
  best: Float64Array;
  next: Float64Array;
  back: Int32Array;
  path: Int32Array;
}

export function viterbiScratch(k: number, longest: number): ViterbiScratch {
  return {
    best: new Float64Array(k),
    next: new Float64Array(k),
    back: new Int32Array(longest * k),
    path: new Int32Array(longest),
  };
}

/**
 * Viterbi on dense scores: `emissions[i * k + j]` for label j at position i (i < n), `transitions[(from + 1)
 * * k + to]` with `from` -1 the start. Ties go to the lowest label index, so decoding is
 * deterministic. The trainer calls it on its flat weights directly, with working arrays of its own
 * (it decodes millions of short sequences): the path is then the first n of scratch.path.
 */
export function denseViterbi(
  k: number,
  emissions: Float64Array,
  transitions: Float64Array,
  n = emissions.length / k,
  scratch = viterbiScratch(k, n),
): Int32Array {
  const { back, path } = scratch;
  if (n === 0) return path;
  let { best, next } = scratch;
  for (let j = 0; j < k; j++) best[j] = emissions[j]! + transitions[j]!;
  // The best previous label of each label at each position after the first.
  for (let i = 1; i < n; i++) {
    for (let j = 0; j < k; j++) {
      let arg = 0;
      let max = -Infinity;
      for (let p = 0; p < k; p++) {
        const s = best[p]! + transitions[(p + 1) * k + j]!;
        if (s > max) {
          max = s;
          arg = p;
        }
      }
      back[i * k + j] = arg;
      next[j] = max + emissions[i * k + j]!;
    }
    const before = best;
    best = next;
    next = before;
  }
  let last = 0;
  for (let j = 1; j < k; j++) if (best[j]! > best[last]!) last = j;
  path[n - 1] = last;
  for (let i = n - 2; i >= 0; i--) path[i] = back[(i + 1) * k + path[i + 1]!]!;
  return path;
}
