import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreError } from '../../../utils/store';
import { seedProfile } from '../../support/profiles';
import { failWrites, freshStore } from '../../support/store';

let restore: (() => void) | null = null;
afterEach(() => {
  restore?.();
  restore = null;
});

describe('failed writes change nothing', () => {
  it('reports a full disk as a quota error and keeps the stored data', async () => {
    const { store } = await freshStore();
    const { record } = await store.upsertProfile(seedProfile('hayou', 'html'), 'https://h.example');
    const before = await store.all();
    restore = failWrites(0);
    const error = await store
      .upsertProfile(seedProfile('hayou', 'pdf'), 'file:///h.pdf')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).kind).toBe('quota');
    expect((error as StoreError).message).toMatch(/storage is full/i);
    await expect(store.updateReview(record.id, { notes: 'x' })).rejects.toMatchObject({ kind: 'quota' });
    restore();
    restore = null;
    expect(await store.all()).toEqual(before);
  });

  it('rolls back a transaction that fails half-way', async () => {
    const { store } = await freshStore();
    await store.upsertProfile(seedProfile('hayou', 'html'), 'https://h.example', { contentHash: 'h1' });
    const before = await store.all();
    // The candidate put succeeds, the documents put fails: neither may remain.
    restore = failWrites(1, 'UnknownError');
    const error = await store
      .upsertProfile(seedProfile('elesedy', 'html'), 'https://e.example', { contentHash: 'e1' })
      .catch((e: unknown) => e);
    restore();
    restore = null;
    expect(error).toMatchObject({ name: 'StoreError', kind: 'transaction' });
    expect((error as Error).message).toMatch(/nothing was changed/);
    expect(await store.all()).toEqual(before);
    expect(await store.findDocument('https://e.example', 'e1')).toBeNull();
  });

  it('refuses review values the panel cannot produce', async () => {
    const { store } = await freshStore();
    const { record } = await store.upsertProfile(seedProfile('hayou', 'html'), null);
    await expect(store.updateReview(record.id, { rating: 7 as 5 })).rejects.toThrow(RangeError);
    expect(await store.updateReview('missing', { notes: 'x' })).toBeNull();
  });
});
