import { rowOf } from './candidate-summary';
import type { CvLensDatabase, UpgradeTransaction } from './schema';

/**
 * Version 3: the summaries store, one small row per candidate, so the side panel lists and
 * sorts thousands of candidates without reading their profiles. Filled from every candidate.
 * Frozen once released, like every migration.
 */
export async function migrateToV3(db: CvLensDatabase, tx: UpgradeTransaction): Promise<void> {
  db.createObjectStore('summaries', { keyPath: 'id' });
  const summaries = tx.objectStore('summaries');
  for (
    let cursor = await tx.objectStore('candidates').openCursor();
    cursor;
    cursor = await cursor.continue()
  ) {
    await summaries.put(rowOf(cursor.value));
  }
}
