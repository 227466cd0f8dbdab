import { describe, expect, it } from 'vitest';
import { decode, featureKey, transitionKey, type LinearChainModel } from '../../../utils/learn/linear-chain';
import { bestCandidate } from '../../../utils/learn/ranker';
import { trainLinearChain } from '../../../utils/learn/train-linear-chain';
import { trainRanker } from '../../../utils/learn/train-ranker';
import { withNeighbours } from '../../../utils/learn/neighbour-features';
import { withSeedOffset } from '../../../utils/learn/seeded-random';

describe('linear-chain decoding', () => {
  it('lets a transition weight overrule a weak emission (Viterbi over the whole sequence)', () => {
    const model: LinearChainModel = {
      labels: ['body', 'heading'],
      weights: {
        [featureKey('heading', 'big')]: 3,
        [featureKey('heading', 'weak')]: 0.5,
        [transitionKey('heading', 'heading')]: -2,
      },
    };
    expect(decode(model, [['big'], ['plain'], ['big']])).toEqual([1, 0, 1]);
    // "weak" alone would be a heading, but never right after one.
    expect(decode(model, [['weak']])).toEqual([1]);
    expect(decode(model, [['big'], ['weak']])).toEqual([1, 0]);
    expect(decode(model, [])).toEqual([]);
  });
});

describe('training', () => {
  const data = Array.from({ length: 40 }, (_, i) => ({
    features: [
      ['bias', i % 2 ? 'short' : 'long'],
      ['bias', 'long'],
    ],
    gold: [i % 2, 0],
  }));

  it('learns a separable labelling and gives the same weights on every run', () => {
    const options = { epochs: 5, seed: 3, minCount: 1 };
    const a = trainLinearChain(['body', 'heading'], data, options);
    const b = trainLinearChain(['body', 'heading'], data, options);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    for (const { features, gold } of data) expect(decode(a, features)).toEqual(gold);
  });

  it('teaches nothing at a free position: its gold there is the best path through the known labels', () => {
    const known = Array.from({ length: 4 }, () => ({
      features: [
        ['bias', 'x'],
        ['bias', 'y'],
      ],
      gold: [1, 0],
    }));
    // The same block labelled body by position alone, which the truth cannot decide: left free,
    // it no longer pulls 'x' towards body.
    const noisy = Array.from({ length: 8 }, () => ({
      features: [
        ['bias', 'x'],
        ['bias', 'y'],
      ],
      gold: [0, 0],
    }));
    const options = { epochs: 5, seed: 3, minCount: 1 };
    const taught = trainLinearChain(['body', 'heading'], [...known, ...noisy], options);
    const free = noisy.map((s) => ({ ...s, free: [true, false] }));
    const model = trainLinearChain(['body', 'heading'], [...known, ...free], options);
    expect(
      decode(model, [
        ['bias', 'x'],
        ['bias', 'y'],
      ]),
    ).toEqual([1, 0]);
    const xHeading = (m: LinearChainModel): number => m.weights[featureKey('heading', 'x')] ?? 0;
    expect(xHeading(model)).toBeGreaterThan(xHeading(taught));
    expect(JSON.stringify(trainLinearChain(['body', 'heading'], [...known, ...free], options))).toBe(
      JSON.stringify(model),
    );
  });

  it('leaves out features seen fewer times than minCount', () => {
    const rare = [...data, { features: [['bias', 'once']], gold: [1] }];
    const model = trainLinearChain(['body', 'heading'], rare, { epochs: 3, seed: 1, minCount: 2 });
    expect(Object.keys(model.weights).some((k) => k.endsWith('\tonce'))).toBe(false);
  });

  it('leaves frozen transitions at zero, so those steps rest on the emissions alone', () => {
    // Headings come in pairs: learned, heading → heading carries the pair; frozen, the features must.
    const pairs = Array.from({ length: 20 }, () => ({
      features: [['big'], ['big'], ['small']],
      gold: [1, 1, 0],
    }));
    const options = { epochs: 5, seed: 3, minCount: 1 };
    const learned = trainLinearChain(['body', 'heading'], pairs, options);
    const frozen = trainLinearChain(['body', 'heading'], pairs, {
      ...options,
      frozenTransitions: () => true,
    });
    expect(Object.keys(learned.weights).some((k) => k.includes('>'))).toBe(true);
    expect(Object.keys(frozen.weights).some((k) => k.includes('>'))).toBe(false);
    const onlyIntoHeading = trainLinearChain(['body', 'heading'], pairs, {
      ...options,
      frozenTransitions: (_from, to) => to === 0,
    });
    expect(
      Object.keys(onlyIntoHeading.weights).filter((k) => k.includes('>') && k.endsWith('>body')),
    ).toEqual([]);
    for (const model of [learned, frozen, onlyIntoHeading])
      expect(decode(model, pairs[0]!.features)).toEqual([1, 1, 0]);
  });

  it('trains on with a margin until the gold labels win by it (a cost-augmented perceptron)', () => {
    // Separable at once by 'cue'; a margin keeps the updates going, so the gap grows past it.
    const cued = Array.from({ length: 30 }, (_, i) => ({
      features: [['bias', i % 3 ? 'plain' : 'cue', i % 2 ? 'odd' : 'even']],
      gold: [i % 3 ? 0 : 1],
    }));
    const options = { epochs: 6, seed: 5, minCount: 1, frozenTransitions: () => true };
    const gap = (model: LinearChainModel): number =>
      Math.min(
        ...cued.map(({ features, gold }) => {
          const score = (label: string): number =>
            features[0]!.reduce((sum, f) => sum + (model.weights[featureKey(label, f)] ?? 0), 0);
          return gold[0] === 1 ? score('heading') - score('body') : score('body') - score('heading');
        }),
      );
    const plain = trainLinearChain(['body', 'heading'], cued, options);
    const margined = trainLinearChain(['body', 'heading'], cued, { ...options, margin: 4 });
    expect(gap(plain)).toBeGreaterThan(0);
    expect(gap(margined)).toBeGreaterThan(gap(plain));
  });

  it('ranks the right candidate first and skips examples with none right', () => {
    const examples = Array.from({ length: 10 }, () => ({
      candidates: [['candidate', 'line:h1'], ['candidate', 'line:footer'], ['no name']],
      right: [true, false, false],
    }));
    examples.push({ candidates: [['candidate', 'line:footer']], right: [false] });
    const model = trainRanker(examples, { epochs: 5, seed: 1, orders: 2 });
    expect(bestCandidate(model, examples[0]!.candidates)).toBe(0);
    expect(bestCandidate(model, [])).toBe(-1);
  });
});

describe('ranker training over several orders', () => {
  // Conflicting examples: which feature wins depends on the order they are seen in.
  const examples = Array.from({ length: 12 }, (_, i) => ({
    candidates: [
      ['a', i % 3 ? 'x' : 'y'],
      ['b', i % 2 ? 'x' : 'z'],
    ],
    right: [i % 4 !== 0, i % 4 === 0],
  }));
  const weight = (model: { weights: Readonly<Record<string, number>> }, key: string): number =>
    model.weights[key] ?? 0;

  it('averages the weights of the single-order trainings with seeds seed, seed + 1, …', () => {
    const single = [5, 6, 7].map((seed) => trainRanker(examples, { epochs: 4, seed, orders: 1 }));
    const averaged = trainRanker(examples, { epochs: 4, seed: 5, orders: 3 });
    const keys = new Set(single.flatMap((m) => Object.keys(m.weights)));
    expect(keys.size).toBeGreaterThan(0);
    for (const key of keys) {
      const mean = single.reduce((sum, m) => sum + weight(m, key), 0) / 3;
      expect(Math.abs(weight(averaged, key) - mean)).toBeLessThan(2e-4);
    }
  });

  it('moves less with the order of its examples than one order does', () => {
    const reversed = [...examples].reverse();
    const gap = (orders: number): number => {
      const a = trainRanker(examples, { epochs: 4, seed: 1, orders });
      const b = trainRanker(reversed, { epochs: 4, seed: 1, orders });
      const keys = new Set([...Object.keys(a.weights), ...Object.keys(b.weights)]);
      return [...keys].reduce((sum, key) => sum + Math.abs(weight(a, key) - weight(b, key)), 0);
    };
    expect(gap(1)).toBeGreaterThan(0);
    expect(gap(16)).toBeLessThan(gap(1));
  });
});

describe('neighbour features', () => {
  it('copies the chosen features of the previous and next positions, and marks the ends', () => {
    expect(withNeighbours([['a', 'x:1'], ['b']], ['x:'])).toEqual([
      ['a', 'x:1', 'prev:none'],
      ['b', 'prev:x:1', 'next:none'],
    ]);
  });
});

describe('withSeedOffset', () => {
  it('starts the same training options that many seeds later and leaves the original as it was', () => {
    const options = { epochs: 4, orders: 8, seed: 7 };
    expect(withSeedOffset(options, 1000)).toEqual({ epochs: 4, orders: 8, seed: 1007 });
    expect(withSeedOffset(options, 0)).toEqual(options);
    expect(options.seed).toBe(7);
  });
});
