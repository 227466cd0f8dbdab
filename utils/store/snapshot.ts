import { openDatabase } from './open-database';
import type { StoreName } from './schema';

/** The whole database as plain data: how the CLI keeps a fake-indexeddb store in a file. */
export interface DatabaseSnapshot {
  format: 'cv-lens-database';
  /** The schema version the records are in; restoring migrates them to the current one. */
  version: number;
  stores: Partial<Record<StoreName, unknown[]>>;
}

/** Every record of every store (all keys are inline, so values are enough). */
export async function dumpDatabase(factory: IDBFactory): Promise<DatabaseSnapshot> {
  const db = await openDatabase(factory);
  try {
    const names = [...db.objectStoreNames];
    const tx = db.transaction(names, 'readonly');
    const stores: DatabaseSnapshot['stores'] = {};
    for (const name of names) stores[name] = await tx.objectStore(name).getAll();
    await tx.done;
    return { format: 'cv-lens-database', version: db.version, stores };
  } finally {
    db.close();
  }
}

/** Writes a snapshot into an empty database at the snapshot's version, in one transaction. */
export async function restoreDatabase(factory: IDBFactory, snapshot: DatabaseSnapshot): Promise<void> {
  const db = await openDatabase(factory, snapshot.version);
  try {
    const names = [...db.objectStoreNames];
    const tx = db.transaction(names, 'readwrite');
    for (const name of names) {
      const store = tx.objectStore(name);
      for (const value of snapshot.stores[name] ?? []) await store.put(value as never);
    }
    await tx.done;
  } finally {
    db.close();
  }
}
