import { wrap } from 'idb';
import { toStoreError } from './errors';
import { runMigrations } from './migrations';
import { DB_NAME, DB_VERSION, type CvLensDatabase, type UpgradeTransaction } from './schema';

/**
 * Opens (creating or migrating) the database through the given factory: the browser's indexedDB
 * in the background worker, a fake-indexeddb IDBFactory in Node. idb's openDB always uses the
 * global indexedDB, so the open request is made here and only its results are wrapped.
 * `version` below DB_VERSION exists for tests that build a database as an older release did.
 * `onClose` is told when the connection closes under its user: another context opening a newer
 * version, or the browser closing it (storage cleared, a disk error).
 */
export async function openDatabase(
  factory: IDBFactory,
  version: number = DB_VERSION,
  onClose?: () => void,
): Promise<CvLensDatabase> {
  const request = factory.open(DB_NAME, version);
  let migrationError: unknown = null;
  request.addEventListener('upgradeneeded', (event) => {
    const db = wrap(request.result) as unknown as CvLensDatabase;
    const tx = wrap(request.transaction as IDBTransaction) as unknown as UpgradeTransaction;
    runMigrations(db, tx, event.oldVersion, event.newVersion ?? version).catch((error: unknown) => {
      migrationError = error;
      // Aborting the upgrade leaves the database at its old version with its old data.
      try {
        tx.abort();
      } catch {
        // Already finished or aborted: nothing left to undo.
      }
    });
  });
  try {
    const db = (await wrap(request)) as unknown as CvLensDatabase;
    // Another context opening a newer version must not wait for us forever.
    db.addEventListener('versionchange', () => {
      db.close();
      onClose?.();
    });
    db.addEventListener('close', () => onClose?.());
    return db;
  } catch (error) {
    throw toStoreError(migrationError ?? error);
  }
}
