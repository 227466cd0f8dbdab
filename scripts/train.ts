import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PUBLICATION_BLOCK_MODEL_FILE } from '../utils/entries/collect-publication-inputs';
import type { LinearChainModel } from '../utils/learn/linear-chain';
import type { RankerModel } from '../utils/learn/ranker';
import { DOCUMENT_KIND_MODEL_FILE } from '../utils/profile/document-kind';
import { NAME_MODEL_FILE } from '../utils/profile/find-person-name';
import { HEADING_MODEL_FILE } from '../utils/sections/heading-model';
import { SECTION_KIND_MODEL_FILE } from '../utils/sections/section-kind';
import { loadTrainingDocuments } from './train/dev-documents';
import { fitReaderModels } from './train/reader-models';
import { ENTRY_MODEL_FILE } from '../utils/profile/collect-sections';
import { trainReferences, WEIGHTS as REFERENCE_WEIGHTS } from './train/references';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Every file `npm run train` writes. */
const OUTPUTS = [
  REFERENCE_WEIGHTS,
  ...[
    HEADING_MODEL_FILE,
    SECTION_KIND_MODEL_FILE,
    ENTRY_MODEL_FILE,
    NAME_MODEL_FILE,
    PUBLICATION_BLOCK_MODEL_FILE,
    DOCUMENT_KIND_MODEL_FILE,
  ].map((f) => path.join(REPO, f)),
];

function write(file: string, model: LinearChainModel | RankerModel): void {
  fs.writeFileSync(path.join(REPO, file), `${JSON.stringify(model, null, 1)}\n`);
}

/**
 * Fits the reader's models on the dev split of tests/corpus (scripts/train/reader-models.ts), then
 * the reference labeller on the AnyStyle set and the publication strings that reader finds
 * (scripts/train/references.ts), and writes their weights files.
 */
async function train(): Promise<void> {
  const docs = await loadTrainingDocuments();
  const models = fitReaderModels(docs, (line) => process.stdout.write(`${line}\n`));
  write(HEADING_MODEL_FILE, models.heading);
  write(SECTION_KIND_MODEL_FILE, models.sectionKind);
  write(ENTRY_MODEL_FILE, models.entries);
  write(NAME_MODEL_FILE, models.name);
  write(PUBLICATION_BLOCK_MODEL_FILE, models.publicationBlocks);
  write(DOCUMENT_KIND_MODEL_FILE, models.documentKind);
  // Last: the labeller learns from the publication strings the freshly fitted reader finds.
  trainReferences(docs, models);
}

/**
 * `npm run train [-- --check]`: trains every model. Deterministic: the same data give the same
 * files, byte for byte. With --check the weights in the repository are compared with a fresh
 * training and left as they were; a difference fails (exit 1) and names the files.
 */
async function main(): Promise<number> {
  if (!process.argv.includes('--check')) {
    await train();
    return 0;
  }
  const committed = OUTPUTS.map((file) => fs.readFileSync(file));
  await train();
  const differing = OUTPUTS.filter((file, i) => !fs.readFileSync(file).equals(committed[i]!));
  OUTPUTS.forEach((file, i) => fs.writeFileSync(file, committed[i]!));
  if (differing.length === 0) {
    process.stdout.write('train --check: a fresh training gives the committed weights, byte for byte\n');
    return 0;
  }
  process.stderr.write(
    `train --check: a fresh training differs from the committed ${differing.map((f) => path.relative(REPO, f)).join(', ')}; run npm run train and commit\n`,
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
