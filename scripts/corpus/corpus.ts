import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CORPUS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../tests/corpus');

export type Split = 'dev' | 'test';

/** The truth file of one corpus document (tests/corpus/truth/<id>.json); see tests/corpus/README.md. */
export interface CorpusTruth {
  id: string;
  format: 'pdf' | 'html';
  source: { repo: string; path: string; commit: string; licence: string; url: string | null };
  field: string;
  career_stage: string;
  family: string;
  language: string;
  document_kind: string;
  name: string | null;
  name_variants: string[];
  emails: string[];
  links?: string[];
  headings: { text: string; kind: string }[];
  education: {
    degree: string | null;
    institution: string | null;
    start: string | null;
    end: string | null;
  }[];
  positions: {
    title: string | null;
    organization: string | null;
    start: string | null;
    end: string | null;
  }[];
  publications: {
    title: string;
    year: number | null;
    venue: string | null;
    authors_count: number | null;
    kind: string;
  }[];
  counts: Record<string, number | null>;
  truth_method?: string;
  notes?: string;
  /** The id of the document this one translates (the same CV in another language): it shares that one's split. */
  translation_of?: string;
}

export interface CorpusDocument {
  id: string;
  file: string;
  truth: CorpusTruth;
  split: Split;
}

/**
 * The split is a function of the document id alone, fixed before any tuning: a third of the ids
 * (by the first four bytes of their SHA-256) form the test split, which is scored and never studied.
 */
export function splitOf(id: string): Split {
  return hashBucket(id, 3) === 0 ? 'test' : 'dev';
}

/** One of `buckets` buckets for a key, by the first four bytes of its SHA-256: never moves. */
export function hashBucket(key: string, buckets: number): number {
  return createHash('sha256').update(key).digest().readUInt32BE(0) % buckets;
}

/**
 * The key a document is split and folded by: its id, or for a translation the id of the document it
 * translates, so the same CV in two languages never sits on both sides of a split.
 */
export const splitKey = (truth: CorpusTruth): string => truth.translation_of ?? truth.id;

/** Every corpus document that has both its file and its truth, ordered by id. */
export function listCorpus(dir: string = CORPUS_DIR): CorpusDocument[] {
  const truthDir = path.join(dir, 'truth');
  if (!fs.existsSync(truthDir)) return [];
  const docs: CorpusDocument[] = [];
  for (const name of fs.readdirSync(truthDir).sort()) {
    if (!name.endsWith('.json')) continue;
    const truth = JSON.parse(fs.readFileSync(path.join(truthDir, name), 'utf8')) as CorpusTruth;
    const file = path.join(dir, 'docs', `${truth.id}.${truth.format}`);
    if (!fs.existsSync(file)) continue;
    docs.push({ id: truth.id, file, truth, split: splitOf(splitKey(truth)) });
  }
  return docs;
}
