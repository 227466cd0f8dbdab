import { seededRandom, shuffleInPlace } from '../../learn/seeded-random';
import { oneRunScratch, viterbiOneRun } from './decode';
import { GAP_CLASSES, gapClasses, tokenFeatures, type FeatureContext } from './features';
import { LABEL_INDEX, LABELS, ONE_RUN_LABEL, type Label } from './labels';
import { packWeights, templateOf, type WeightsFile } from './model';
import type { Token } from './tokenize';

/**
 * One tagged string: its tokens, and per token its label, or the labels it may take where the
 * tagging knows only that much (a CV string tagged from its truth knows its title and venue, not
 * where its pages are); and what is known of the candidate.
 */
export interface TrainingExample {
  tokens: Token[];
  labels: (Label | readonly Label[])[];
  context: FeatureContext;
}

export interface TrainOptions {
  /** Passes over the data. */
  epochs: number;
  /** Seeds the order examples are visited in, the only randomness in training. */
  seed: number;
  /** Features seen fewer times than this in the training data are dropped: they rarely generalise. */
  minCount: number;
  /** Weights are written as round(weight × scale); smaller weights than 1 / scale are dropped. */
  scale: number;
  /**
   * A feature none of whose averaged weights exceeds this (in absolute value) is left out of the
   * file: it moves a token's scores too little to change a decoding, and a fifth of the features
   * are such, mostly rare words.
   */
  minWeight: number;
}

/**
 * 40 passes: 10-fold on the AnyStyle set, authors, titles and venues each gained 0.2-0.4 points
 * over 20. minWeight 1.5 leaves out a fifth of the features (4,115 of 21,794), 100 KB of the
 * file: 10-fold, every field of every style family read exactly as with them all (as at 0.8 and
 * 1.0); halving the scale instead cost a venue. minCount 5: with the eighteenth round's larger
 * corpus (3,156 strings) the file grew to 1,038 KB, over its 1 MB budget; features seen fewer than
 * five times dropped give 928 KB and, 10-fold, authors 95.6 → 95.3, titles 91.6 → 91.5, venues
 * 84.9 → 85.2 strict (within a refit's noise; two rounds before, on less data, this cost a point of
 * venues), where minWeight 2 instead gave 954 KB and moved three pinned citation-style cases.
 */
export const DEFAULT_TRAINING: TrainOptions = {
  epochs: 40,
  seed: 19,
  minCount: 5,
  scale: 10,
  minWeight: 1.5,
};

const SIZE = LABELS.length;

/**
 * Feature ids of every token in one array, token t's at [starts[t], starts[t + 1]); gold label ids
 * (or, for a partly tagged string, the allowed ones).
 */
interface Encoded {
  features: Int32Array;
  starts: Int32Array;
  gaps: number[];
  gold: number[] | null;
  /** Per token and label, 0 where the label is allowed, -Infinity where not; null when fully tagged. */
  mask: Float64Array | null;
}

/** A string's feature ids, the features kept (`ids`) only, token after token. */
function encodeFeatures(tokens: string[][], ids: Map<string, number>): Pick<Encoded, 'features' | 'starts'> {
  const features: number[] = [];
  const starts = new Int32Array(tokens.length + 1);
  tokens.forEach((names, t) => {
    for (const name of names) {
      const id = ids.get(name);
      if (id !== undefined) features.push(id);
    }
    starts[t + 1] = features.length;
  });
  return { features: Int32Array.from(features), starts };
}

function encodeLabels(labels: TrainingExample['labels']): Pick<Encoded, 'gold' | 'mask'> {
  if (labels.every((l) => typeof l === 'string'))
    return { gold: labels.map((l) => LABEL_INDEX.get(l)!), mask: null };
  const mask = new Float64Array(labels.length * SIZE).fill(-Infinity);
  labels.forEach((allowed, t) => {
    for (const l of typeof allowed === 'string' ? [allowed] : allowed)
      mask[t * SIZE + LABEL_INDEX.get(l)!] = 0;
  });
  return { gold: null, mask };
}

/**
 * An averaged structured perceptron: decode each example with the current weights (the title one
 * run, as in use), and where the decoded labels differ from the gold ones, add the gold path's
 * features and transitions and subtract the decoded path's. The weights returned are the average over every step (the usual
 * guard against the last examples' pull), computed with the running-sum trick.
 */
export function trainPerceptron(
  examples: TrainingExample[],
  options: TrainOptions = DEFAULT_TRAINING,
): WeightsFile {
  const exampleGaps = examples.map((e) => gapClasses(e.tokens));
  const names = examples.map((e, k) => tokenFeatures(e.tokens, e.context, exampleGaps[k]));
  const counts = new Map<string, number>();
  for (const seq of names)
    for (const token of seq) for (const f of token) counts.set(f, (counts.get(f) ?? 0) + 1);
  const ids = new Map<string, number>();
  for (const [name, count] of counts) if (count >= options.minCount) ids.set(name, ids.size);
  const data: Encoded[] = examples.map((e, k) => ({
    ...encodeFeatures(names[k]!, ids),
    gaps: exampleGaps[k]!,
    ...encodeLabels(e.labels),
  }));

  const weights = new Float64Array(ids.size * SIZE);
  const sums = new Float64Array(ids.size * SIZE);
  const start = new Float64Array(SIZE);
  const startSums = new Float64Array(SIZE);
  const transitions = new Float64Array(GAP_CLASSES * SIZE * SIZE);
  const transitionSums = new Float64Array(GAP_CLASSES * SIZE * SIZE);
  const random = seededRandom(options.seed);
  const order = data.map((_, k) => k);
  let step = 1;
  // Working arrays for the longest string, reused: a decoding's own allocations were a tenth of the time.
  const longest = data.reduce((most, d) => Math.max(most, d.starts.length - 1), 0);
  const emissions = new Float64Array(longest * SIZE);
  const scratch = oneRunScratch(SIZE, longest);
  const add = (w: Float64Array, s: Float64Array, at: number, by: number) => {
    w[at] = w[at]! + by;
    s[at] = s[at]! + step * by;
  };
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffleInPlace(order, random);
    for (const k of order) {
      const { features, starts, gaps, mask } = data[k]!;
      const n = starts.length - 1;
      // Plain index loops over flat typed arrays: this sum is most of the training's time.
      emissions.fill(0, 0, n * SIZE);
      for (let t = 0; t < n; t++) {
        const at = t * SIZE;
        for (let i = starts[t]!; i < starts[t + 1]!; i++) {
          const from = features[i]! * SIZE;
          for (let y = 0; y < SIZE; y++) emissions[at + y] = emissions[at + y]! + weights[from + y]!;
        }
      }
      const guess = viterbiOneRun(emissions, start, transitions, gaps, SIZE, ONE_RUN_LABEL, n, scratch);
      // A partly tagged string's gold path: the best the current weights find among the allowed
      // labels. That is the guess itself when the guess takes only allowed labels (no path scores
      // more, and ties are broken in the same order), as it does for most strings once training is
      // under way: then there is nothing to learn, and the second decoding is skipped.
      if (mask && guess.every((y, t) => mask[t * SIZE + y] === 0)) {
        step++;
        continue;
      }
      const gold =
        data[k]!.gold ??
        viterbiOneRun(
          emissions.subarray(0, n * SIZE).map((e, at) => e + mask![at]!),
          start,
          transitions,
          gaps,
          SIZE,
          ONE_RUN_LABEL,
          n,
          scratch,
        );
      for (let t = 0; t < gold.length; t++) {
        const g = gold[t]!;
        const p = guess[t]!;
        if (g !== p) {
          for (let i = starts[t]!; i < starts[t + 1]!; i++) {
            add(weights, sums, features[i]! * SIZE + g, 1);
            add(weights, sums, features[i]! * SIZE + p, -1);
          }
        }
        const gPrev = t > 0 ? gold[t - 1]! : -1;
        const pPrev = t > 0 ? guess[t - 1]! : -1;
        if (g === p && gPrev === pPrev) continue;
        if (t === 0) {
          add(start, startSums, g, 1);
          add(start, startSums, p, -1);
        } else {
          const table = gaps[t]! * SIZE * SIZE;
          add(transitions, transitionSums, table + gPrev * SIZE + g, 1);
          add(transitions, transitionSums, table + pPrev * SIZE + p, -1);
        }
      }
      step++;
    }
  }
  const average = (w: Float64Array, s: Float64Array, at: number) =>
    Math.round((w[at]! - s[at]! / step) * options.scale);
  const features: WeightsFile['features'] = {};
  for (const [name, id] of ids) {
    const pairs: [number, number][] = [];
    let largest = 0;
    for (let y = 0; y < SIZE; y++) {
      const q = average(weights, sums, id * SIZE + y);
      if (q !== 0) pairs.push([y, q]);
      largest = Math.max(largest, Math.abs(q));
    }
    if (largest <= options.minWeight * options.scale) continue;
    const template = templateOf(name);
    (features[template] ??= {})[name.slice(template.length)] = packWeights(pairs);
  }
  return {
    labels: [...LABELS],
    scale: options.scale,
    start: Array.from(start, (_, y) => average(start, startSums, y)),
    transitions: Array.from(transitions, (_, at) => average(transitions, transitionSums, at)),
    features,
  };
}
