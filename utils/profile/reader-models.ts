import { PUBLICATION_BLOCK_MODEL } from '../entries/collect-publication-inputs';
import { PROSE_DEGREE_MODEL } from '../entries/prose-education';
import { PROSE_POST_MODEL } from '../entries/prose-positions';
import type { LinearChainModel } from '../learn/linear-chain';
import type { RankerModel } from '../learn/ranker';
import { HEADING_MODEL } from '../sections/heading-model';
import { ROW_LABEL_MODEL } from '../sections/row-label-model';
import { SECTION_KIND_MODEL } from '../sections/section-kind';
import { DOCUMENT_KIND_MODEL } from './document-kind';
import { NAME_MODEL } from './find-person-name';
import { ENTRY_MODEL, ENTRY_START_MODEL } from './collect-sections';

/**
 * The reader's learned decisions, each a model fitted by `npm run train`: which lines are headings (and which PDF rows hold one in their first cell),
 * where an entry of a PDF's career or education section starts, which candidate is the person's name,
 * which posts and degrees named in prose are positions and education, which blocks are publications, what kind of document it is.
 * The reader uses the shipped ones; training passes the ones it is fitting, in pipeline order.
 */
export interface ReaderModels {
  heading: LinearChainModel;
  /** Which PDF rows hold a section's label in their first cell (decided before the heading model). */
  rowLabel: LinearChainModel;
  sectionKind: LinearChainModel;
  entryStarts: LinearChainModel;
  entries: LinearChainModel;
  /** Which posts named in prose (a biography) are the person's positions. */
  prosePosts: LinearChainModel;
  /** Which degrees named outside an education section (a biography, a list's line) are the person's. */
  proseDegrees: LinearChainModel;
  name: RankerModel;
  publicationBlocks: LinearChainModel;
  documentKind: LinearChainModel;
}

export const SHIPPED_MODELS: ReaderModels = {
  heading: HEADING_MODEL,
  rowLabel: ROW_LABEL_MODEL,
  sectionKind: SECTION_KIND_MODEL,
  entryStarts: ENTRY_START_MODEL,
  entries: ENTRY_MODEL,
  prosePosts: PROSE_POST_MODEL,
  proseDegrees: PROSE_DEGREE_MODEL,
  name: NAME_MODEL,
  publicationBlocks: PUBLICATION_BLOCK_MODEL,
  documentKind: DOCUMENT_KIND_MODEL,
};
