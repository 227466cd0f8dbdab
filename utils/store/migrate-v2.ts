import { CANDIDATE_STATUSES, type SeenAt } from './types';
import type { CvLensDatabase, UpgradeTransaction } from './schema';

/** Version 1 kept urls as bare strings and had no status. */
function upgradeRecord(value: Record<string, unknown>): Record<string, unknown> {
  const createdAt = typeof value.createdAt === 'string' ? value.createdAt : new Date(0).toISOString();
  const updatedAt = typeof value.updatedAt === 'string' ? value.updatedAt : createdAt;
  const urls: SeenAt[] = (Array.isArray(value.urls) ? value.urls : []).map((entry: unknown) =>
    typeof entry === 'string' ? { url: entry, firstSeen: createdAt, lastSeen: updatedAt } : (entry as SeenAt),
  );
  const status = CANDIDATE_STATUSES.find((s) => s === value.status) ?? 'new';
  return { ...value, urls, status };
}

/**
 * Version 2: a status per candidate (indexed, for the side panel's filter), urls with the time
 * they were seen, and the documents store so an unchanged page is not parsed twice.
 * Frozen once released, like every migration.
 */
export async function migrateToV2(db: CvLensDatabase, tx: UpgradeTransaction): Promise<void> {
  const candidates = tx.objectStore('candidates');
  candidates.createIndex('status', 'status');
  const documents = db.createObjectStore('documents', { keyPath: ['url', 'hash'] });
  documents.createIndex('hash', 'hash');
  documents.createIndex('candidateId', 'candidateId');
  for (let cursor = await candidates.openCursor(); cursor; cursor = await cursor.continue()) {
    const upgraded = upgradeRecord(cursor.value as unknown as Record<string, unknown>);
    await cursor.update(upgraded as unknown as typeof cursor.value);
  }
}
