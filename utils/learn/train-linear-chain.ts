import { seededRandom, shuffleInPlace } from './seeded-random';
import {
  decode,
  denseViterbi,
  viterbiScratch,
  type ViterbiScratch,
  featureKey,
  START,
  transitionKey,
  type LinearChainModel,
} from './linear-chain';

/** One training sequence: the features at each position and the right label index there. */
export interface TrainingSequence {
  features: readonly (readonly string[])[];
  gold: number[];
  /**
   * Positions whose label the truth cannot decide (their gold is ignored): each update takes for
   * them the labels of the best-scoring path through the known labels, as a latent perceptron does,
   * instead of teaching a guess made by position.
   */
  free?: readonly boolean[];
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
  /** Transitions left at zero (from -1 is the start): those steps rest on the positions' own features. */
  frozenTransitions?: (from: number, to: number) => boolean;
  /** Cost added to every wrong label of a known position while training (a cost-augmented perceptron). */
  margin?: number;
}

/**
 * A training sequence with each feature as its index in the list of kept features, every
 * position's in one array: position i's at [starts[i], starts[i + 1]).
 */
interface IndexedSequence {
  features: Int32Array;
  starts: Int32Array;
  gold: number[];
  free: readonly boolean[] | undefined;
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
  const indexed = data.map((seq): IndexedSequence => {
    const ids: number[] = [];
    const starts = new Int32Array(seq.features.length + 1);
    seq.features.forEach((fs, i) => {
      for (const f of fs) {
        if ((counts.get(f) ?? 0) < options.minCount) continue;
        let index = indexOf.get(f);
        if (index === undefined) indexOf.set(f, (index = names.push(f) - 1));
        ids.push(index);
      }
      starts[i + 1] = ids.length;
    });
    return { features: Int32Array.from(ids), starts, gold: seq.gold, free: seq.free };
  });
  const k = labels.length;
  const orders = options.orders ?? 1;
  const sum = new Float64Array(names.length * k + (k + 1) * k);
  for (let o = 0; o < orders; o++) {
    const weights = trainOneOrder(k, names.length, indexed, { ...options, seed: options.seed + o });
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
 * position and looking it up in a map had cost most of the training time. The emission and
 * Viterbi arrays are allocated once for the longest sequence (the section-kind model alone decodes
 * 1.5 million one-position sequences, and their allocations had cost more than the sums), and only
 * the positions and transitions where guess and gold differ are updated: the weights are whole
 * numbers during training, so adding 1 and taking it away again left them as they were. With a
 * margin, the guess is decoded with that cost on every wrong label of a known position, so the
 * weights keep moving until the gold labels win by the margin, not merely win.
 */
function trainOneOrder(
  k: number,
  nFeatures: number,
  data: IndexedSequence[],
  { epochs, seed, frozenTransitions = () => false, margin = 0 }: TrainingOptions,
): Float64Array {
  const transitions = nFeatures * k;
  const weights = new Float64Array(transitions + (k + 1) * k);
  const totals = new Float64Array(weights.length);
  let step = 1;
  const add = (at: number, by: number): void => {
    weights[at] = weights[at]! + by;
    totals[at] = totals[at]! + step * by;
  };
  const longest = data.reduce((n, seq) => Math.max(n, seq.gold.length), 0);
  const scratch = viterbiScratch(k, longest);
  const emissions = new Float64Array(longest * k);
  const transitionScores = weights.subarray(transitions);
  // The gold path of a sequence with free positions: decoded with the known labels held.
  const held = { emissions: new Float64Array(longest * k), scratch: viterbiScratch(k, longest) };
  const next = seededRandom(seed);
  const order = data.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffleInPlace(order, next);
    for (const index of order) {
      const { features, starts, gold: known, free } = data[index]!;
      const n = known.length;
      emissions.fill(0, 0, n * k);
      for (let i = 0; i < n; i++)
        for (let a = starts[i]!; a < starts[i + 1]!; a++) {
          const row = features[a]! * k;
          for (let j = 0; j < k; j++) emissions[i * k + j] = emissions[i * k + j]! + weights[row + j]!;
        }
      const gold = free ? latentGold(k, emissions, transitionScores, known, free, n, held) : known;
      if (margin > 0)
        for (let i = 0; i < n; i++)
          if (!free?.[i])
            for (let j = 0; j < k; j++)
              if (j !== known[i]) emissions[i * k + j] = emissions[i * k + j]! + margin;
      const guess = denseViterbi(k, emissions, transitionScores, n, scratch);
      for (let i = 0; i < n; i++) {
        const g = gold[i]!;
        const p = guess[i]!;
        const gPrev = i === 0 ? -1 : gold[i - 1]!;
        const pPrev = i === 0 ? -1 : guess[i - 1]!;
        if (g === p && gPrev === pPrev) continue;
        if (!frozenTransitions(gPrev, g)) add(transitions + (gPrev + 1) * k + g, 1);
        if (!frozenTransitions(pPrev, p)) add(transitions + (pPrev + 1) * k + p, -1);
        if (g === p) continue;
        for (let a = starts[i]!; a < starts[i + 1]!; a++) {
          const row = features[a]! * k;
          add(row + g, 1);
          add(row + p, -1);
        }
      }
      step++;
    }
  }
  return weights.map((value, i) => value - totals[i]! / step);
}

/**
 * The best path under the current weights that keeps every known label, free positions open:
 * the gold path of a sequence with positions the truth cannot decide. `held` is working space.
 */
function latentGold(
  k: number,
  emissions: Float64Array,
  transitions: Float64Array,
  known: readonly number[],
  free: readonly boolean[],
  n: number,
  held: { emissions: Float64Array; scratch: ViterbiScratch },
): number[] {
  for (let i = 0; i < n; i++)
    for (let j = 0; j < k; j++)
      held.emissions[i * k + j] = free[i] || known[i] === j ? emissions[i * k + j]! : -Infinity;
  return Array.from(denseViterbi(k, held.emissions, transitions, n, held.scratch).subarray(0, n));
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
