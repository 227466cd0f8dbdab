import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_TRAINING, trainPerceptron } from '../../utils/publications/sequence/train';
import { readSequences } from '../eval/anystyle-xml';
import type { ReaderModels } from '../../utils/profile/reader-models';
import { SHIPPED_MODELS } from '../../utils/profile/reader-models';
import { NO_ROW_LABELS } from '../../utils/sections/row-label-model';
import type { TrainingExample } from '../../utils/publications/sequence/train';
import { exampleOf } from './anystyle-examples';
import { corpusExample, corpusStrings } from './corpus-references';
import { loadTrainingDocuments, type LoadedDocument } from './dev-documents';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const ANYSTYLE_CORE = path.join(REPO, 'tests/fixtures/references/anystyle-core.xml');
export const WEIGHTS = path.join(REPO, 'utils/publications/sequence/weights.json');

/** The training set: every tagged string of the AnyStyle core set, in file order. */
export function readTrainingSet() {
  return readSequences(fs.readFileSync(ANYSTYLE_CORE, 'utf8')).map((fields, k) => exampleOf(fields, k));
}

/**
 * The reader as the labeller's corpus strings are read for fitting it or judging it held out:
 * `models` without the row labels (the models after the row labels are fitted without them, the
 * labeller too).
 */
export const labellerReading = (models: ReaderModels): ReaderModels => ({
  ...models,
  rowLabel: NO_ROW_LABELS,
});

/**
 * The publication strings of the training documents from the corpus (the dev split: the loader
 * never reads the test split), as the reader under `models` finds them for the labeller
 * (labellerReading), tagged from their truth.
 */
export function readCorpusExamples(docs: LoadedDocument[], models: ReaderModels): TrainingExample[] {
  const asFitted = labellerReading(models);
  return docs
    .filter((d) => d.fromCorpus)
    .flatMap((d) => corpusStrings(d, asFitted))
    .map(corpusExample)
    .filter((e) => e !== null);
}

/**
 * Trains the reference labeller on the AnyStyle core set and the corpus's publication strings and
 * gives the text of its weights file. Deterministic: a fixed seed and order give the same bytes on
 * every run.
 */
export function trainReferences(docs: LoadedDocument[], models: ReaderModels): string {
  const corpus = readCorpusExamples(docs, models);
  const weights = trainPerceptron([...readTrainingSet(), ...corpus], DEFAULT_TRAINING);
  const text = `${JSON.stringify(weights)}\n`;
  process.stdout.write(
    `train:references: ${corpus.length} corpus strings, ${Object.values(weights.features).reduce((n, byRest) => n + Object.keys(byRest).length, 0)} features, ${(Buffer.byteLength(text) / 1024).toFixed(0)} KB → ${path.relative(REPO, WEIGHTS)}\n`,
  );
  return text;
}

/** `npm run train:references`: the labeller alone, the corpus strings read by the shipped reader. */
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  loadTrainingDocuments()
    .then((docs) => fs.writeFileSync(WEIGHTS, trainReferences(docs, SHIPPED_MODELS)))
    .catch((error: unknown) => {
      process.stderr.write(`train:references: ${(error as Error).message}\n`);
      process.exitCode = 1;
    });
}
