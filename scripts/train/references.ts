import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_TRAINING, trainPerceptron } from '../../utils/publications/sequence/train';
import { readSequences } from '../eval/anystyle-xml';
import { exampleOf } from './anystyle-examples';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const ANYSTYLE_CORE = path.join(REPO, 'tests/fixtures/references/anystyle-core.xml');
export const WEIGHTS = path.join(REPO, 'utils/publications/sequence/weights.json');

/** The training set: every tagged string of the AnyStyle core set, in file order. */
export function readTrainingSet() {
  return readSequences(fs.readFileSync(ANYSTYLE_CORE, 'utf8')).map((fields, k) => exampleOf(fields, k));
}

/**
 * `npm run train:references`: trains the reference labeller on the AnyStyle core set and writes
 * its weights. Deterministic: a fixed seed and file order give the same bytes on every run.
 */
export async function trainReferences(): Promise<void> {
  const weights = trainPerceptron(readTrainingSet(), DEFAULT_TRAINING);
  fs.writeFileSync(WEIGHTS, `${JSON.stringify(weights)}\n`);
  const size = fs.statSync(WEIGHTS).size;
  process.stdout.write(
    `train:references: ${Object.keys(weights.features).length} features, ${(size / 1024).toFixed(0)} KB → ${path.relative(REPO, WEIGHTS)}\n`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  trainReferences().catch((error: unknown) => {
    process.stderr.write(`train:references: ${(error as Error).message}\n`);
    process.exitCode = 1;
  });
}
