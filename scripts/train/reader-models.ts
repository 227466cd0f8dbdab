import type { CvDocument } from '../../utils/document/types';
import { readSections } from '../../utils/profile/build-profile';
import { collectSections, type CollectedEntries } from '../../utils/profile/collect-sections';
import { DOCUMENT_KIND_MODEL } from '../../utils/profile/document-kind';
import type { ReaderModels } from '../../utils/profile/reader-models';
import type { Section } from '../../utils/sections/types';
import { NO_ROW_LABELS } from '../../utils/sections/row-label-model';
import type { LoadedDocument } from './dev-documents';
import { trainDocumentKindModel } from './document-kind-model';
import { trainEntryModel } from './entry-model';
import { trainEntryStartModel } from './entry-start-model';
import { trainHeadingModel } from './heading-model';
import { trainNameModel } from './name-model';
import { trainProseDegreeModel } from './prose-degree-model';
import { trainProsePostModel } from './prose-post-model';
import { trainPublicationBlockModel } from './publication-block-model';
import { trainRowLabelModel } from './row-label-model';
import { trainSectionKindModel } from './section-kind-model';

/**
 * Fits the reader's models on the given documents in pipeline order: each model learns from what
 * the models fitted before it make of the documents (the name is found under the headings of the
 * freshly fitted heading model, and so on) — but for the row labels, which the models after them
 * are fitted without (round 35: fitted on the row labels' sections, the later models moved HTML
 * pages they never read, kind −0.42 / −0.85 held out). `report` receives one line per model. `seedOffset`
 * shifts every trainer's seed (0, the shipped weights' seeds, unless measuring how far the reader
 * moves with the training orders alone: `eval crossval --seed-offset=N`).
 */
export function fitReaderModels(
  docs: LoadedDocument[],
  report: (line: string) => void,
  seedOffset = 0,
): ReaderModels {
  const rowLabels = trainRowLabelModel(docs, seedOffset);
  report(rowLabels.report);
  const headings = trainHeadingModel(docs, seedOffset);
  report(headings.report);
  // The row labels are a stage of reading only: the models after them are fitted on the sections
  // the heading model alone gives (their training data, and so their weights, are as before the
  // row labels), and the reader applies the row labels before them.
  const sectionModels = { heading: headings.model, rowLabel: NO_ROW_LABELS };
  const sectionKinds = trainSectionKindModel(docs, sectionModels, seedOffset);
  report(sectionKinds.report);
  // Five trainers read each document's sections under the same two models: read once, kept for
  // the run (no stage changes the sections it is given; the reader shares them between stages too).
  const sectionsRead = new Map<CvDocument, Section[]>();
  const sectionsOf = (document: CvDocument): Section[] => {
    let sections = sectionsRead.get(document);
    if (!sections) {
      sections = readSections(document, { ...sectionModels, sectionKind: sectionKinds.model });
      sectionsRead.set(document, sections);
    }
    return sections;
  };
  const entryStarts = trainEntryStartModel(docs, sectionsOf, seedOffset);
  report(entryStarts.report);
  const entries = trainEntryModel(docs, sectionsOf, entryStarts.model, seedOffset);
  report(entries.report);
  // The prose trainers learn from the documents whose sections give no posts or no degrees, under
  // the entry-start and entry models just fitted: each document's entries collected once for both.
  const collected = new Map<CvDocument, CollectedEntries>();
  const collectedOf = (document: CvDocument): CollectedEntries => {
    let entriesRead = collected.get(document);
    if (!entriesRead) {
      entriesRead = collectSections(sectionsOf(document), entries.model, entryStarts.model);
      collected.set(document, entriesRead);
    }
    return entriesRead;
  };
  const prosePosts = trainProsePostModel(docs, collectedOf, seedOffset);
  report(prosePosts.report);
  const proseDegrees = trainProseDegreeModel(docs, collectedOf, seedOffset);
  report(proseDegrees.report);
  const names = trainNameModel(docs, sectionsOf, seedOffset);
  report(names.report);
  const blocks = trainPublicationBlockModel(docs, sectionsOf, seedOffset);
  report(blocks.report);
  const kinds = trainDocumentKindModel(
    docs,
    {
      ...sectionModels,
      sectionKind: sectionKinds.model,
      entryStarts: entryStarts.model,
      entries: entries.model,
      prosePosts: prosePosts.model,
      proseDegrees: proseDegrees.model,
      name: names.model,
      publicationBlocks: blocks.model,
      documentKind: DOCUMENT_KIND_MODEL,
    },
    seedOffset,
  );
  report(kinds.report);
  return {
    heading: headings.model,
    rowLabel: rowLabels.model,
    sectionKind: sectionKinds.model,
    entryStarts: entryStarts.model,
    entries: entries.model,
    prosePosts: prosePosts.model,
    proseDegrees: proseDegrees.model,
    name: names.model,
    publicationBlocks: blocks.model,
    documentKind: kinds.model,
  };
}
