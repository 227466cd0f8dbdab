import { IDBFactory } from 'fake-indexeddb';
import { vi } from 'vitest';
import { openCandidateStore, type CandidateStore } from '../../utils/store';

/** A store over a fresh, private fake IndexedDB, with a clock that ticks one second per call. */
export async function freshStore(): Promise<{ store: CandidateStore; factory: IDBFactory }> {
  const factory = new IDBFactory();
  let tick = Date.parse('2025-01-01T00:00:00Z');
  let id = 0;
  const store = await openCandidateStore(factory, {
    now: () => new Date((tick += 1000)),
    newId: () => `c${String(++id).padStart(4, '0')}`,
  });
  return { store, factory };
}

/**
 * Storage full, as a browser reports it: object-store writes after the first `allowed` throw
 * QuotaExceededError. Returns the restore function.
 */
export function failWrites(allowed: number, name = 'QuotaExceededError'): () => void {
  const original = IDBObjectStore.prototype.put;
  let calls = 0;
  const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
    this: IDBObjectStore,
    ...args: Parameters<IDBObjectStore['put']>
  ) {
    if (++calls > allowed) throw new DOMException('The quota has been exceeded.', name);
    return original.apply(this, args);
  });
  return () => spy.mockRestore();
}
