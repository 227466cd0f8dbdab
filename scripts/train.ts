import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PUBLICATION_BLOCK_MODEL_FILE } from '../utils/entries/collect-publication-inputs';
import type { LinearChainModel } from '../utils/learn/linear-chain';
import type { RankerModel } from '../utils/learn/ranker';
import { DOCUMENT_KIND_MODEL, DOCUMENT_KIND_MODEL_FILE } from '../utils/profile/document-kind';
import { NAME_MODEL_FILE } from '../utils/profile/find-person-name';
import { HEADING_MODEL_FILE } from '../utils/sections/heading-model';
import { SECTION_KIND_MODEL_FILE } from '../utils/sections/section-kind';
import { readSections } from '../utils/profile/build-profile';
import type { Section } from '../utils/sections/types';
import type { CvDocument } from '../utils/document/types';
import { loadTrainingDocuments } from './train/dev-documents';
import { trainDocumentKindModel } from './train/document-kind-model';
import { trainHeadingModel } from './train/heading-model';
import { trainNameModel } from './train/name-model';
import { trainPublicationBlockModel } from './train/publication-block-model';
import { trainSectionKindModel } from './train/section-kind-model';
import { trainEntryModel } from './train/entry-model';
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
 * Fits the reader's learned models on the dev split of tests/corpus, in pipeline order (the name is
 * found under the headings of the freshly fitted heading model, and so on), then the reference
 * labeller on the AnyStyle set and the publication strings that reader finds
 * (scripts/train/references.ts), and writes their weights files.
 */
async function train(): Promise<void> {
  const docs = await loadTrainingDocuments();
  const headings = trainHeadingModel(docs);
  write(HEADING_MODEL_FILE, headings.model);
  process.stdout.write(`${headings.report}\n`);
  const sectionKinds = trainSectionKindModel(docs, headings.model);
  write(SECTION_KIND_MODEL_FILE, sectionKinds.model);
  process.stdout.write(`${sectionKinds.report}\n`);
  const sectionsOf = (document: CvDocument): Section[] =>
    readSections(document, { heading: headings.model, sectionKind: sectionKinds.model });
  const entries = trainEntryModel(docs, sectionsOf);
  write(ENTRY_MODEL_FILE, entries.model);
  process.stdout.write(`${entries.report}\n`);
  const names = trainNameModel(docs, sectionsOf);
  write(NAME_MODEL_FILE, names.model);
  process.stdout.write(`${names.report}\n`);
  const blocks = trainPublicationBlockModel(docs, sectionsOf, names.model);
  write(PUBLICATION_BLOCK_MODEL_FILE, blocks.model);
  process.stdout.write(`${blocks.report}\n`);
  const kinds = trainDocumentKindModel(docs, {
    heading: headings.model,
    sectionKind: sectionKinds.model,
    entries: entries.model,
    name: names.model,
    publicationBlocks: blocks.model,
    documentKind: DOCUMENT_KIND_MODEL,
  });
  write(DOCUMENT_KIND_MODEL_FILE, kinds.model);
  process.stdout.write(`${kinds.report}\n`);
  // Last: the labeller learns from the publication strings the freshly fitted reader finds.
  trainReferences(docs, {
    heading: headings.model,
    sectionKind: sectionKinds.model,
    entries: entries.model,
    name: names.model,
    publicationBlocks: blocks.model,
    documentKind: kinds.model,
  });
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
