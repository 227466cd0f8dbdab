import { CandidateStore, type StoreOptions } from './candidate-store';
import { openDatabase } from './open-database';
import { DB_VERSION } from './schema';

/**
 * The candidate store, opened on first use and shared afterwards. A failed open is not kept: the
 * next request opens again. Nor is a connection closed under the store (a newer version opened in
 * another context, or the browser closing it): the next request gets a fresh one.
 */
export function storeOpener(factory: IDBFactory, options: StoreOptions = {}): () => Promise<CandidateStore> {
  let current: Promise<CandidateStore> | null = null;
  return () => {
    if (current) return current;
    const forget = () => {
      if (current === opening) current = null;
    };
    const opening = openDatabase(factory, DB_VERSION, forget).then((db) => new CandidateStore(db, options));
    current = opening;
    // The caller receives the failure through `opening`; here it only stops being shared.
    opening.catch(forget);
    return opening;
  };
}
