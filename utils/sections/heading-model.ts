import type { Line } from '../document/types';
import { decode, featureKey, type LinearChainModel } from '../learn/linear-chain';
import fitted from './heading-model.json';
import { documentLineFeatures } from './line-features';

/** The labels of the heading model, in the order of its weights file. */
export const HEADING_LABELS = ['body', 'heading'] as const;

/** Where `npm run train` writes the fitted weights, relative to the repository. */
export const HEADING_MODEL_FILE = 'utils/sections/heading-model.json';

/** The shipped weights, fitted by `npm run train`. */
export const HEADING_MODEL: LinearChainModel = fitted;

/**
 * Which lines of a document are section headings, decided over the whole sequence of lines. Training
 * passes the model it has just fitted; everything else uses the shipped one.
 */
export function findHeadingLines(lines: readonly Line[], model: LinearChainModel = HEADING_MODEL): boolean[] {
  const labels = decode(model, documentLineFeatures(lines));
  return labels.map((l) => HEADING_LABELS[l] === 'heading');
}

/**
 * Why the model calls a line a heading or not: each of its features with the weight it adds to
 * "heading" over "body", largest first.
 */
export function explainHeading(lines: readonly Line[], index: number): { feature: string; weight: number }[] {
  const features = documentLineFeatures(lines)[index] ?? [];
  return features
    .map((feature) => ({
      feature,
      weight:
        (HEADING_MODEL.weights[featureKey('heading', feature)] ?? 0) -
        (HEADING_MODEL.weights[featureKey('body', feature)] ?? 0),
    }))
    .filter((f) => f.weight !== 0)
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
}
