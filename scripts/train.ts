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
import { SECTION_KIND_MODEL_FILE } from '../utils/sections/section-kind';
import { loadTrainingDocuments } from './train/dev-documents';
import { fitReaderModels } from './train/reader-models';
import { ENTRY_MODEL_FILE, ENTRY_START_MODEL_FILE } from '../utils/profile/collect-sections';
import { trainReferences, WEIGHTS as REFERENCE_WEIGHTS } from './train/references';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const weightsText = (model: LinearChainModel | RankerModel): string => `${JSON.stringify(model, null, 1)}\n`;

/**
 * Fits the reader's models on the dev split of tests/corpus (scripts/train/reader-models.ts), then
 * the reference labeller on the AnyStyle set and the publication strings that reader finds
 * (scripts/train/references.ts): the text of every weights file, by its path.
 */
async function train(): Promise<Map<string, string>> {
  const docs = await loadTrainingDocuments();
  const models = fitReaderModels(docs, (line) => process.stdout.write(`${line}\n`));
  const readerFiles: [string, LinearChainModel | RankerModel][] = [
    [HEADING_MODEL_FILE, models.heading],
    [SECTION_KIND_MODEL_FILE, models.sectionKind],
    [ENTRY_START_MODEL_FILE, models.entryStarts],
    [ENTRY_MODEL_FILE, models.entries],
    [PROSE_POST_MODEL_FILE, models.prosePosts],
    [PROSE_DEGREE_MODEL_FILE, models.proseDegrees],
    [NAME_MODEL_FILE, models.name],
    [PUBLICATION_BLOCK_MODEL_FILE, models.publicationBlocks],
    [DOCUMENT_KIND_MODEL_FILE, models.documentKind],
  ];
  const files = new Map(readerFiles.map(([file, model]) => [path.join(REPO, file), weightsText(model)]));
  // Last: the labeller learns from the publication strings the freshly fitted reader finds.
  files.set(REFERENCE_WEIGHTS, trainReferences(docs, models));
  return files;
}

/**
 * `npm run train [-- --check]`: trains every model and writes the weights files. Deterministic:
 * the same data give the same files, byte for byte. With --check nothing is written: a fresh
 * training is compared with the weights in the repository, and a difference fails (exit 1) and
 * names the files — so the check can run beside the steps that read those files.
 */
async function main(): Promise<number> {
  const files = await train();
  if (!process.argv.includes('--check')) {
    for (const [file, text] of files) fs.writeFileSync(file, text);
    return 0;
  }
  const differing = [...files]
    .filter(([file, text]) => fs.readFileSync(file, 'utf8') !== text)
    .map(([file]) => file);
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
