import { readDocument } from '../cli/parse-file';
import { limitDocument } from '../../utils/document/limits';
import type { CvDocument } from '../../utils/document/types';
import { analysePublications } from '../../utils/publications/index';
import { readDocumentParts } from '../../utils/profile/build-profile';
import { listCorpus, type CorpusTruth, type Split } from '../corpus/corpus';
import { matchTruth } from '../train/corpus-references';
import { compareField, type Expected } from './reference-compare';

/** A corpus document read into the line model, with its truth and split. */
export interface ReadCorpusDocument {
  id: string;
  split: Split;
  truth: CorpusTruth;
  document: CvDocument;
}

/** Every corpus document, read once for the training strings and the figures. */
export async function readCorpusDocuments(): Promise<ReadCorpusDocument[]> {
  const out: ReadCorpusDocument[] = [];
  for (const doc of listCorpus())
    out.push({
      id: doc.id,
      split: doc.split,
      truth: doc.truth,
      document: limitDocument(await readDocument(doc.file, doc.truth.source.url)),
    });
  return out;
}

/** Title hits over the publication strings of one split of the corpus. */
export interface CorpusTitleFigures {
  /** Truth entries of the split's documents. */
  entries: number;
  /** Of those, the ones a publication string the reader found holds (the ones scored). */
  strings: number;
  strict: number;
  lenient: number;
}

/**
 * The parser's titles on the real-CV corpus: each truth publication is paired with the publication
 * string holding its title (as the reader finds the strings, with the shipped models), and the
 * title the pipeline reads from it (analysePublications, the person's name known as the reader
 * found it) is compared with the truth's by the AnyStyle rules (strict: same text; lenient: same
 * letters and digits, or word F1 ≥ 0.85). Only sums per split come out: the test split is scored,
 * never looked at string by string.
 */
export function corpusTitleFigures(docs: ReadCorpusDocument[]): Map<Split, CorpusTitleFigures> {
  const figures = new Map<Split, CorpusTitleFigures>();
  for (const doc of docs) {
    const parts = readDocumentParts(doc.document);
    const text = doc.document.lines.map((l) => l.text).join('\n');
    const { publications } = analysePublications(parts.inputs, { name: parts.name, text });
    // analysePublications leaves out entries that name no work, so its list is matched by string.
    const read = new Map(publications.map((p) => [p.raw, p]));
    const sums = figures.get(doc.split) ?? { entries: 0, strings: 0, strict: 0, lenient: 0 };
    sums.entries += doc.truth.publications.length;
    for (const [k, truth] of matchTruth(parts.inputs, doc.truth.publications)) {
      sums.strings++;
      const publication = read.get(parts.inputs[k]!.raw);
      if (!publication) continue;
      const expected: Expected = {
        authors: null,
        title: truth.title,
        venue: null,
        genreWords: null,
        hostWords: [],
        year: truth.year,
      };
      const r = compareField('title', expected, publication);
      if (r.strict) sums.strict++;
      if (r.lenient) sums.lenient++;
    }
    figures.set(doc.split, sums);
  }
  return figures;
}
