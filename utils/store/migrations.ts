import { migrateToV1 } from './migrate-v1';
import { migrateToV2 } from './migrate-v2';
import { migrateToV3 } from './migrate-v3';
import { migrateToV4 } from './migrate-v4';
import type { CvLensDatabase, UpgradeTransaction } from './schema';

export type Migration = (db: CvLensDatabase, tx: UpgradeTransaction) => void | Promise<void>;

/** MIGRATIONS[n - 1] turns a version n - 1 database into version n. Append only. */
export const MIGRATIONS: readonly Migration[] = [migrateToV1, migrateToV2, migrateToV3, migrateToV4];

/** Runs every migration between the two versions in order, inside the one upgrade transaction. */
export async function runMigrations(
  db: CvLensDatabase,
  tx: UpgradeTransaction,
  oldVersion: number,
  newVersion: number,
): Promise<void> {
  for (let version = oldVersion + 1; version <= newVersion; version++) {
    const migration = MIGRATIONS[version - 1];
    if (!migration) throw new Error(`no migration to schema version ${version}`);
    await migration(db, tx);
  }
}
