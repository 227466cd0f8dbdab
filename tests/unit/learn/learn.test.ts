import { describe, expect, it } from 'vitest';
import { decode, featureKey, transitionKey, type LinearChainModel } from '../../../utils/learn/linear-chain';
import { bestCandidate } from '../../../utils/learn/ranker';
import { trainLinearChain } from '../../../utils/learn/train-linear-chain';
import { trainRanker } from '../../../utils/learn/train-ranker';
import { withNeighbours } from '../../../utils/learn/neighbour-features';

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

  it('leaves out features seen fewer times than minCount', () => {
    const rare = [...data, { features: [['bias', 'once']], gold: [1] }];
    const model = trainLinearChain(['body', 'heading'], rare, { epochs: 3, seed: 1, minCount: 2 });
    expect(Object.keys(model.weights).some((k) => k.endsWith('\tonce'))).toBe(false);
  });

  it('ranks the right candidate first and skips examples with none right', () => {
    const examples = Array.from({ length: 10 }, () => ({
      candidates: [['candidate', 'line:h1'], ['candidate', 'line:footer'], ['no name']],
      right: [true, false, false],
    }));
    examples.push({ candidates: [['candidate', 'line:footer']], right: [false] });
    const model = trainRanker(examples, 5);
    expect(bestCandidate(model, examples[0]!.candidates)).toBe(0);
    expect(bestCandidate(model, [])).toBe(-1);
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
