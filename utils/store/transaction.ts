import type { IDBPTransaction } from 'idb';
import { toStoreError } from './errors';
import type { CvLensDatabase, CvLensSchema, StoreName } from './schema';

export type WriteTransaction<N extends StoreName> = IDBPTransaction<CvLensSchema, N[], 'readwrite'>;
export type ReadTransaction<N extends StoreName> = IDBPTransaction<CvLensSchema, N[], 'readonly'>;

/**
 * Runs `work` in one readwrite transaction and resolves once it has committed. Any failure —
 * a request error, QuotaExceededError at put or at commit, a bug in `work` — aborts the
 * transaction, so the stored data stays as it was, and surfaces as a StoreError.
 * `work` must only await requests of this transaction, or the transaction commits early.
 */
export async function inWriteTransaction<N extends StoreName, T>(
  db: CvLensDatabase,
  stores: N[],
  work: (tx: WriteTransaction<N>) => Promise<T>,
): Promise<T> {
  let tx: WriteTransaction<N>;
  try {
    tx = db.transaction(stores, 'readwrite');
  } catch (error) {
    throw toStoreError(error);
  }
  // Observed from the start so a rejection at commit is never reported as unhandled.
  const done = tx.done.then(
    () => null,
    (error: unknown) => ({ error }),
  );
  try {
    const result = await work(tx);
    const failure = await done;
    if (failure) throw failure.error;
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // The transaction already aborted on its own.
    }
    await done;
    throw toStoreError(error);
  }
}

/** Runs `work` in one readonly transaction; failures surface as a StoreError. */
export async function inReadTransaction<N extends StoreName, T>(
  db: CvLensDatabase,
  stores: N[],
  work: (tx: ReadTransaction<N>) => Promise<T>,
): Promise<T> {
  try {
    const tx = db.transaction(stores, 'readonly');
    const done = tx.done.catch((error: unknown) => error);
    const result = await work(tx);
    const failure = await done;
    if (failure) throw failure;
    return result;
  } catch (error) {
    throw toStoreError(error);
  }
}
