import fs from 'node:fs';
import path from 'node:path';
import { readDocument } from '../cli/parse-file';
import { limitDocument } from '../../utils/document/limits';
import type { CvDocument } from '../../utils/document/types';
import type { Section } from '../../utils/sections/types';
import type { CollectedEntries } from '../../utils/profile/collect-sections';
import { CORPUS_DIR, listCorpus, type CorpusTruth } from '../corpus/corpus';

const REPO = path.resolve(CORPUS_DIR, '../..');
/**
 * The team's own fixture documents (seed CVs, pages written for tests) with the headings and kind
 * the previous reader found in them — checked then by their truth files — so the fitted models keep
 * reading them as before. See tests/corpus/README.md.
 */
const SUPPLEMENT = path.join(REPO, 'tests/fixtures/training-supplement.json');

/** What the trainers learn from: the parts of a truth file they need. */
export type TrainingTruth = Pick<
  CorpusTruth,
  'name' | 'name_variants' | 'headings' | 'publications' | 'document_kind' | 'education' | 'positions'
>;

/** A document's sections under the models fitted so far (headings, then section kinds). */
export type SectionsOf = (document: CvDocument) => Section[];
/** A document's degrees, posts and items as its sections give them, under the models being fitted. */
export type CollectedOf = (document: CvDocument) => CollectedEntries;

export interface LoadedDocument {
  id: string;
  /** A corpus document, whose truth gives each heading's kind; the supplement's does not. */
  fromCorpus: boolean;
  truth: TrainingTruth;
  document: CvDocument;
}

interface SupplementEntry {
  file: string;
  truth: string;
  document_kind: string;
  headings: string[];
  /** How many times the document counts in training: the seed CVs, which must stay exact, count more. */
  repeat?: number;
}

/**
 * The training documents, each read into the line model once for every trainer: the dev split of
 * the corpus (never the test split), then the supplement.
 */
export async function loadTrainingDocuments(): Promise<LoadedDocument[]> {
  const out: LoadedDocument[] = [];
  for (const corpus of listCorpus().filter((d) => d.split === 'dev'))
    out.push({
      id: corpus.id,
      fromCorpus: true,
      truth: corpus.truth,
      document: limitDocument(await readDocument(corpus.file, corpus.truth.source.url)),
    });
  const supplement = JSON.parse(fs.readFileSync(SUPPLEMENT, 'utf8')) as SupplementEntry[];
  for (const entry of supplement) {
    const file = path.resolve(REPO, entry.file);
    const truth = JSON.parse(fs.readFileSync(path.resolve(REPO, entry.truth), 'utf8')) as Pick<
      TrainingTruth,
      'name' | 'education' | 'positions'
    > & { publications: { title: string }[] };
    const loaded: LoadedDocument = {
      id: entry.file,
      fromCorpus: false,
      truth: {
        name: truth.name,
        // The team's fixtures name their person in full: no variant is needed to train on.
        name_variants: [],
        headings: entry.headings.map((text) => ({ text, kind: 'other' })),
        publications: truth.publications.map((p) => ({
          title: p.title,
          year: null,
          venue: null,
          authors_count: null,
          kind: 'other',
        })),
        document_kind: entry.document_kind,
        education: truth.education,
        positions: truth.positions,
      },
      document: limitDocument(await readDocument(file)),
    };
    for (let i = 0; i < (entry.repeat ?? 1); i++) out.push(loaded);
  }
  return out;
}
