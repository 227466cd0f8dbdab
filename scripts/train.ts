import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PUBLICATION_BLOCK_MODEL_FILE } from '../utils/entries/collect-publication-inputs';
import { PROSE_DEGREE_MODEL_FILE } from '../utils/entries/prose-education';
import { PROSE_POST_MODEL_FILE } from '../utils/entries/prose-positions';
import type { LinearChainModel } from '../utils/learn/linear-chain';
import type { RankerModel } from '../utils/learn/ranker';
import { DOCUMENT_KIND_MODEL_FILE } from '../utils/profile/document-kind';
import { NAME_MODEL_FILE } from '../utils/profile/find-person-name';
import { HEADING_MODEL_FILE } from '../utils/sections/heading-model';
import { ROW_LABEL_MODEL_FILE } from '../utils/sections/row-label-model';
import { SECTION_KIND_MODEL_FILE } from '../utils/sections/section-kind';
import { loadTrainingDocuments } from './train/dev-documents';
import { fitReaderModels } from './train/reader-models';
import type { ReaderModels } from '../utils/profile/reader-models';
import { ENTRY_MODEL_FILE, ENTRY_START_MODEL_FILE } from '../utils/profile/collect-sections';
import { trainReferences, WEIGHTS as REFERENCE_WEIGHTS } from './train/references';
import {
  hashTrainingInputs,
  readStamp,
  STAMP_FILE,
  stampHolds,
  stampOf,
  writeStamp,
} from './train/inputs-stamp';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Each reader model's weights file, relative to the repository, and the fitted model it holds. */
const READER_MODEL_FILES: [string, (models: ReaderModels) => LinearChainModel | RankerModel][] = [
  [ROW_LABEL_MODEL_FILE, (m) => m.rowLabel],
  [HEADING_MODEL_FILE, (m) => m.heading],
  [SECTION_KIND_MODEL_FILE, (m) => m.sectionKind],
  [ENTRY_START_MODEL_FILE, (m) => m.entryStarts],
  [ENTRY_MODEL_FILE, (m) => m.entries],
  [PROSE_POST_MODEL_FILE, (m) => m.prosePosts],
  [PROSE_DEGREE_MODEL_FILE, (m) => m.proseDegrees],
  [NAME_MODEL_FILE, (m) => m.name],
  [PUBLICATION_BLOCK_MODEL_FILE, (m) => m.publicationBlocks],
  [DOCUMENT_KIND_MODEL_FILE, (m) => m.documentKind],
];

const REFERENCE_WEIGHTS_FILE = path.relative(REPO, REFERENCE_WEIGHTS);

/** Every file a training writes, relative to the repository (the stamp aside). */
const WEIGHTS_FILES = [...READER_MODEL_FILES.map(([file]) => file), REFERENCE_WEIGHTS_FILE];

const weightsText = (model: LinearChainModel | RankerModel): string => `${JSON.stringify(model, null, 1)}\n`;

/**
 * Fits the reader's models on the dev split of tests/corpus (scripts/train/reader-models.ts), then
 * the reference labeller on the AnyStyle set and the publication strings that reader finds
 * (scripts/train/references.ts): the text of every weights file, by its path.
 */
async function train(): Promise<Map<string, string>> {
  const docs = await loadTrainingDocuments();
  const models = fitReaderModels(docs, (line) => process.stdout.write(`${line}\n`));
  const files = new Map(READER_MODEL_FILES.map(([file, modelOf]) => [file, weightsText(modelOf(models))]));
  // Last: the labeller learns from the publication strings the freshly fitted reader finds.
  files.set(REFERENCE_WEIGHTS_FILE, trainReferences(docs, models));
  return files;
}

/**
 * `npm run train [-- --check [--refit]]`: trains every model and writes the weights files and the
 * stamp of what it read and wrote (scripts/train/inputs-stamp.ts). Deterministic: the same inputs
 * give the same files, byte for byte. With --check nothing is written: when the stamp names these
 * very inputs and each weights file is as that training wrote it, the weights are what a training
 * gives and nothing is refitted (a training takes about two minutes of CPU); otherwise, or with
 * --refit, a fresh training is compared with the weights in the repository. A difference fails
 * (exit 1) and names the files — so the check can run beside the steps that read those files.
 */
async function main(): Promise<number> {
  // Hashed before the training reads them, so the stamp names what it read.
  const inputs = hashTrainingInputs(REPO, WEIGHTS_FILES);
  if (!process.argv.includes('--check')) {
    const files = await train();
    for (const [file, text] of files) fs.writeFileSync(path.join(REPO, file), text);
    writeStamp(REPO, stampOf(inputs, files));
    return 0;
  }
  if (!process.argv.includes('--refit') && stampHolds(REPO, readStamp(REPO), inputs, WEIGHTS_FILES)) {
    process.stdout.write(
      `train --check: the inputs are those the training recorded in ${STAMP_FILE} read, and its ${WEIGHTS_FILES.length} weights files are as it wrote them; not refitted (--refit refits)\n`,
    );
    return 0;
  }
  const files = await train();
  const differing = [...files]
    .filter(([file, text]) => fs.readFileSync(path.join(REPO, file), 'utf8') !== text)
    .map(([file]) => file);
  if (differing.length === 0) {
    process.stdout.write(
      `train --check: a fresh training gives the committed weights, byte for byte (${STAMP_FILE} is out of date: npm run train records these inputs)\n`,
    );
    return 0;
  }
  process.stderr.write(
    `train --check: a fresh training differs from the committed ${differing.join(', ')}; run npm run train and commit\n`,
  );
  return 1;
}

main()
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    process.stderr.write(`cv-lens train: ${(error as Error).message}\n`);
    process.exitCode = 1;
  });
