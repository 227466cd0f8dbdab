import { rowOf } from './candidate-summary';
import type { CvLensDatabase, UpgradeTransaction } from './schema';
import { upgradeScholarV1 } from './upgrade-scholar-v1';

/**
 * Version 4: scholar parts of version 2 (the verdicts "unchecked", "preprint-found",
 * "authorship-differs"; what merged metrics cover; rejected records that are undetermined).
 * Each stored part is upgraded — a look-up that reached no source no longer says its
 * publications were not found — and its summary row rebuilt from it. Frozen once released.
 */
export async function migrateToV4(_db: CvLensDatabase, tx: UpgradeTransaction): Promise<void> {
  const summaries = tx.objectStore('summaries');
  for (
    let cursor = await tx.objectStore('candidates').openCursor();
    cursor;
    cursor = await cursor.continue()
  ) {
    const record = cursor.value;
    if (record.scholar === null || typeof record.scholar !== 'object') continue;
    const upgraded = {
      ...record,
      scholar: upgradeScholarV1(record.scholar as unknown as Record<string, unknown>),
    };
    await cursor.update(upgraded);
    await summaries.put(rowOf(upgraded));
  }
}
