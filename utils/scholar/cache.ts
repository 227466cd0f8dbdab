import type { CachedValue, ScholarCache } from '../model/scholar';

/** Whether a cached value is still fresh; stale values are only used when the network fails. */
export function isFresh(entry: CachedValue, now: number, ttlMs: number): boolean {
  return now - entry.fetchedAt < ttlMs;
}

/** The cache for tests and for runs that keep nothing. */
export class MemoryScholarCache implements ScholarCache {
  readonly entries = new Map<string, CachedValue>();
  constructor(private readonly now: () => number = Date.now) {}

  async get(key: string): Promise<CachedValue | null> {
    return this.entries.get(key) ?? null;
  }

  async put(key: string, value: unknown): Promise<void> {
    this.entries.set(key, { value, fetchedAt: this.now() });
  }
}
