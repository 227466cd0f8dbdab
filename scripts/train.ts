import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PUBLICATION_BLOCK_MODEL_FILE } from '../utils/entries/collect-publication-inputs';
import type { LinearChainModel } from '../utils/learn/linear-chain';
import type { RankerModel } from '../utils/learn/ranker';
import { HEADING_MODEL_FILE } from '../utils/sections/heading-model';
import { loadTrainingDocuments } from './train/dev-documents';
import { trainHeadingModel } from './train/heading-model';
import { trainPublicationBlockModel } from './train/publication-block-model';
import { trainReferences } from './train/references';
import { trainNameModel } from './train/name-model';
import { trainDocumentKindModel } from './train/document-kind-model';
import { DOCUMENT_KIND_MODEL, DOCUMENT_KIND_MODEL_FILE } from '../utils/profile/document-kind';
import { NAME_MODEL_FILE } from '../utils/profile/find-person-name';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function write(file: string, model: LinearChainModel | RankerModel): void {
  fs.writeFileSync(path.join(REPO, file), `${JSON.stringify(model, null, 1)}\n`);
}

/**
 * `npm run train`: fits the reference labeller on the AnyStyle set (scripts/train/references.ts), then
 * the reader's learned models on the dev split of tests/corpus, in pipeline
 * order (the publication blocks are found under the headings of the freshly fitted heading model),
 * and writes their weights files. Deterministic: the same corpus gives the same files, byte for byte.
 */
async function main(): Promise<void> {
  await trainReferences();
  const docs = await loadTrainingDocuments();
  const headings = trainHeadingModel(docs);
  write(HEADING_MODEL_FILE, headings.model);
  process.stdout.write(`${headings.report}\n`);
  const names = trainNameModel(docs, headings.model);
  write(NAME_MODEL_FILE, names.model);
  process.stdout.write(`${names.report}\n`);
  const blocks = trainPublicationBlockModel(docs, headings.model, names.model);
  write(PUBLICATION_BLOCK_MODEL_FILE, blocks.model);
  process.stdout.write(`${blocks.report}\n`);
  const kinds = trainDocumentKindModel(docs, {
    heading: headings.model,
    name: names.model,
    publicationBlocks: blocks.model,
    documentKind: DOCUMENT_KIND_MODEL,
  });
  write(DOCUMENT_KIND_MODEL_FILE, kinds.model);
  process.stdout.write(`${kinds.report}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`cv-lens train: ${(error as Error).message}\n`);
  process.exitCode = 1;
});
