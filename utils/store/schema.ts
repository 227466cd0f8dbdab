import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { CandidateRow } from './candidate-summary';
import type { CandidateRecord, CandidateStatus, DocumentRecord, ScholarCacheRecord } from './types';

export const DB_NAME = 'cv-lens';
/** The current schema version; migrations.ts holds one migration per version up to it. */
export const DB_VERSION = 4;

export interface CvLensSchema extends DBSchema {
  candidates: {
    key: string;
    value: CandidateRecord;
    indexes: { name: string; updatedAt: string; tags: string; status: CandidateStatus };
  };
  /** One row per candidate (same key), derived from it: what listing reads. */
  summaries: { key: string; value: CandidateRow };
  scholarCache: { key: string; value: ScholarCacheRecord };
  documents: {
    key: [string, string];
    value: DocumentRecord;
    indexes: { hash: string; candidateId: string };
  };
}

export type StoreName = StoreNames<CvLensSchema>;
export type CvLensDatabase = IDBPDatabase<CvLensSchema>;
export type UpgradeTransaction = IDBPTransaction<CvLensSchema, StoreName[], 'versionchange'>;
