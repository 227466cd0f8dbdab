import { describe, expect, it } from 'vitest';
import { readTrainingSet } from '../../../../scripts/train/references';
import { NO_CONTEXT } from '../../../../utils/publications/sequence/features';
import { labelTokens, modelFromWeights } from '../../../../utils/publications/sequence/model';
import { DEFAULT_TRAINING, trainPerceptron } from '../../../../utils/publications/sequence/train';

const subset = readTrainingSet().slice(0, 60);
const options = { ...DEFAULT_TRAINING, epochs: 3 };

describe('trainPerceptron', () => {
  it('gives identical weights when trained twice on the same data', () => {
    const a = JSON.stringify(trainPerceptron(subset, options));
    const b = JSON.stringify(trainPerceptron(subset, options));
    expect(a).toBe(b);
  });

  it('gives other weights with another seed: the seed is what orders the examples', () => {
    const a = JSON.stringify(trainPerceptron(subset, options));
    const b = JSON.stringify(trainPerceptron(subset, { ...options, seed: options.seed + 1 }));
    expect(a).not.toBe(b);
  });

  it('learns its training data: most tokens labelled as tagged', () => {
    const model = modelFromWeights(trainPerceptron(subset, options));
    let right = 0;
    let all = 0;
    for (const example of subset) {
      const labels = labelTokens(model, example.tokens, { ...NO_CONTEXT, rules: example.context.rules });
      labels.forEach((label, t) => {
        all++;
        if (label === example.labels[t]) right++;
      });
    }
    expect(right / all).toBeGreaterThan(0.9);
  });
});
