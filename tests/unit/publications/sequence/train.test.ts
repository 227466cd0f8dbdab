import { describe, expect, it } from 'vitest';
import { readTrainingSet } from '../../../../scripts/train/references';
import { NO_CONTEXT } from '../../../../utils/publications/sequence/features';
import {
  labelTokens,
  modelFromWeights,
  packWeights,
  unpackWeights,
} from '../../../../utils/publications/sequence/model';
import { DEFAULT_TRAINING, trainPerceptron } from '../../../../utils/publications/sequence/train';
import { LABELS } from '../../../../utils/publications/sequence/labels';

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

  it('learns from partly tagged strings: where only the title is known, the rest follows the tagged data', () => {
    // The same strings with every label but the title's hidden: each non-title token may be anything
    // but a title. Trained on these plus the tagged strings, titles are still labelled as tagged.
    const partly = subset.slice(0, 30).map((e) => ({
      ...e,
      labels: e.labels.map((l) => (l === 'title' ? l : LABELS.filter((x) => x !== 'title'))),
    }));
    const model = modelFromWeights(trainPerceptron([...subset.slice(30), ...partly], options));
    let right = 0;
    let all = 0;
    for (const example of subset.slice(0, 30)) {
      const labels = labelTokens(model, example.tokens, example.context);
      labels.forEach((label, t) => {
        if (example.labels[t] !== 'title' && label !== 'title') return;
        all++;
        if (label === example.labels[t]) right++;
      });
    }
    expect(right / all).toBeGreaterThan(0.9);
  });
});

describe('trainPerceptron minWeight', () => {
  it('leaves out the features whose weights all stay within minWeight, and only those', () => {
    const all = trainPerceptron(subset, { ...options, minWeight: 0 });
    const kept = trainPerceptron(subset, { ...options, minWeight: 1.5 });
    const flat = (w: typeof all) =>
      Object.entries(w.features).flatMap(([template, byRest]) =>
        Object.entries(byRest).map(([rest, packed]) => [template + rest, packed] as const),
      );
    const largest = (packed: string) => Math.max(...unpackWeights(packed).map(([, w]) => Math.abs(w)));
    const keptNames = new Set(flat(kept).map(([name]) => name));
    const everyFeature = new Map(flat(all));
    const dropped = flat(all).filter(([name]) => !keptNames.has(name));
    expect(dropped.length).toBeGreaterThan(0);
    for (const [, pairs] of dropped) expect(largest(pairs)).toBeLessThanOrEqual(1.5 * all.scale);
    for (const [name, packed] of flat(kept)) {
      expect(largest(packed)).toBeGreaterThan(1.5 * all.scale);
      expect(everyFeature.get(name)).toBe(packed);
    }
  });
});

describe('packWeights', () => {
  it("writes each label's letter and its weight, and unpackWeights reads them back", () => {
    const pairs: [number, number][] = [
      [0, 12],
      [5, -7],
      [12, 1204],
      [2, 0],
    ];
    expect(packWeights(pairs)).toBe('a12f-7m1204c0');
    expect(unpackWeights(packWeights(pairs))).toEqual(pairs);
  });

  it('refuses a packed text with a letter past the labels or a letter without its weight', () => {
    expect(() => unpackWeights('z3')).toThrow(/malformed/);
    expect(() => unpackWeights('a3b')).toThrow(/malformed/);
    expect(() => unpackWeights('a-')).toThrow(/malformed/);
  });
});
