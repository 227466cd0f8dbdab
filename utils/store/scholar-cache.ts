import type { ScholarCache } from '../model/scholar';
import type { CvLensDatabase } from './schema';
import { inReadTransaction, inWriteTransaction } from './transaction';
import type { ScholarCacheRecord } from './types';

export type { ScholarCache };

/** One key per source and query, so sources never read each other's answers. */
export function scholarCacheKey(source: string, query: string): string {
  return `${source}\u0000${query}`;
}

/** The scholar clients' cache (the time-to-live is theirs to apply) in the scholarCache store. */
export function createScholarCache(db: CvLensDatabase, now: () => number): ScholarCache {
  return {
    async get(key) {
      const record = await inReadTransaction(db, ['scholarCache'], (tx) =>
        tx.objectStore('scholarCache').get(key),
      );
      return record ? { value: record.value, fetchedAt: record.fetchedAt } : null;
    },
    async put(key, value) {
      const record: ScholarCacheRecord = { key, value, fetchedAt: now() };
      await inWriteTransaction(db, ['scholarCache'], async (tx) => {
        await tx.objectStore('scholarCache').put(record);
      });
    },
  };
}
