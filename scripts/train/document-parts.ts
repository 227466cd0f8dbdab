import type { CvDocument } from '../../utils/document/types';
import { readDocumentParts, type DocumentParts } from '../../utils/profile/build-profile';
import type { ReaderModels } from '../../utils/profile/reader-models';

/** What readDocumentParts finds before the document-kind model decides the kind. */
export type PartsBeforeKind = Omit<DocumentParts, 'kind'>;

const read = new WeakMap<CvDocument, { models: ReaderModels; parts: PartsBeforeKind }>();

/** The same models but the document-kind one, which only decides `kind`. */
function sameModelsBeforeKind(a: ReaderModels, b: ReaderModels): boolean {
  return (Object.keys(a) as (keyof ReaderModels)[]).every(
    (key) => key === 'documentKind' || a[key] === b[key],
  );
}

/**
 * readDocumentParts without the kind, kept per document for the run: the document-kind trainer and
 * the reference labeller's corpus strings read every document under the same models but the
 * document-kind one (the first before it is fitted, the second after), and the reading is most of
 * their time. The parts are only ever read.
 */
export function partsBeforeKind(document: CvDocument, models: ReaderModels): PartsBeforeKind {
  const known = read.get(document);
  if (known && sameModelsBeforeKind(known.models, models)) return known.parts;
  const { kind: _kind, ...parts } = readDocumentParts(document, models);
  read.set(document, { models, parts });
  return parts;
}
