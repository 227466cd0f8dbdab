import type { CvLensDatabase } from './schema';

/**
 * Version 1: candidates (indexed by name, updatedAt and tags) and the scholar cache.
 * Frozen: released databases were built by exactly this code; change the schema in a new version.
 */
export function migrateToV1(db: CvLensDatabase): void {
  const candidates = db.createObjectStore('candidates', { keyPath: 'id' });
  candidates.createIndex('name', 'name');
  candidates.createIndex('updatedAt', 'updatedAt');
  // multiEntry: one index entry per tag, so "every candidate tagged X" is one index lookup.
  candidates.createIndex('tags', 'tags', { multiEntry: true });
  db.createObjectStore('scholarCache', { keyPath: 'key' });
}
