import type { Line } from '../document/types';
import { emissionScores, START, transitionKey, type LinearChainModel } from '../learn/linear-chain';
import fitted from './row-label-model.json';
import { documentLabelReadings, type LabelReading } from './row-label-features';

/**
 * The labels of the row-label model, in the order of its weights file: whether a reading of a PDF
 * row's first cell (alone, or wrapped over the label column of the next lines) is a section label
 * set in a margin column beside its section's first line, which the layout left in one row with it
 * ("Education | University of Melbourne").
 */
export const ROW_LABEL_LABELS = ['not a label', 'row label'] as const;

/** Where `npm run train` writes the fitted weights, relative to the repository. */
export const ROW_LABEL_MODEL_FILE = 'utils/sections/row-label-model.json';

/** The shipped weights, fitted by `npm run train` on the dev documents' PDF rows of several cells. */
export const ROW_LABEL_MODEL: LinearChainModel = fitted;

/**
 * A row-label model that finds no row label: the reading the models after it in the pipeline are
 * fitted on (scripts/train/reader-models.ts), so that they, and through them the HTML pages, stay
 * as they were before the row labels.
 */
export const NO_ROW_LABELS: LinearChainModel = { labels: ROW_LABEL_LABELS, weights: {} };

/** How much more the model holds a reading a row label than not (above 0: a row label). */
export function rowLabelMargin(model: LinearChainModel, features: readonly string[]): number {
  const weightOf = (key: string): number => model.weights[key] ?? 0;
  const [no, yes] = emissionScores(ROW_LABEL_LABELS, weightOf, features);
  const [toNo, toYes] = ROW_LABEL_LABELS.map((l) => weightOf(transitionKey(START, l)));
  return yes! + toYes! - (no! + toNo!);
}

/** A section label found in rows: the lines it is set on (the row whose text it heads first) and its words. */
export type RowLabel = Pick<LabelReading, 'lines' | 'text'>;

/**
 * The rows whose first cell heads a section, each with the reading of its label the model holds
 * likeliest (its first cell alone, or wrapped over the next lines' label column), top to bottom and
 * never sharing a line. Run before the heading model, whose decision it takes over on those lines (a
 * cascade: the heading model is fitted on whole lines only and never sees a row's cells).
 */
export function findRowLabels(lines: readonly Line[], model: LinearChainModel = ROW_LABEL_MODEL): RowLabel[] {
  const found: RowLabel[] = [];
  let taken = -1;
  documentLabelReadings(lines).forEach((readings, i) => {
    if (!readings || i <= taken) return;
    let best: LabelReading | null = null;
    let bestMargin = 0;
    for (const reading of readings) {
      const margin = rowLabelMargin(model, reading.features);
      if (margin > bestMargin) [best, bestMargin] = [reading, margin];
    }
    if (!best) return;
    found.push({ lines: best.lines, text: best.text });
    taken = best.lines[best.lines.length - 1]!;
  });
  return found;
}
