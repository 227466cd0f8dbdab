import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { DB_NAME, DB_VERSION, StoreError, storeOpener } from '../../../utils/store';
import { seedProfile } from '../../support/profiles';

/** A factory that counts the opens made through it. */
function counting(factory: IDBFactory): { factory: IDBFactory; opens: () => number } {
  let opens = 0;
  const wrapper = {
    open: (name: string, version?: number) => {
      opens += 1;
      return factory.open(name, version);
    },
  };
  return { factory: wrapper as unknown as IDBFactory, opens: () => opens };
}

function done(request: IDBRequest | IDBOpenDBRequest): Promise<void> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

describe('storeOpener', () => {
  it('shares one open store between requests', async () => {
    const { factory, opens } = counting(new IDBFactory());
    const open = storeOpener(factory);
    const [a, b] = await Promise.all([open(), open()]);
    expect(a).toBe(b);
    expect(await open()).toBe(a);
    expect(opens()).toBe(1);
  });

  it('retries a failed open on the next request', async () => {
    const raw = new IDBFactory();
    // A newer release left the database at a higher version: this one cannot open it.
    const newer = raw.open(DB_NAME, DB_VERSION + 1);
    await done(newer);
    newer.result.close();
    const { factory, opens } = counting(raw);
    const open = storeOpener(factory);
    await expect(open()).rejects.toBeInstanceOf(StoreError);
    await expect(open()).rejects.toBeInstanceOf(StoreError);
    expect(opens()).toBe(2);
    // Once the cause is gone, the next request opens the store.
    await done(raw.deleteDatabase(DB_NAME));
    const store = await open();
    expect(opens()).toBe(3);
    const { record } = await store.upsertProfile(seedProfile('hayou', 'html'), 'https://h.example');
    expect(await store.get(record.id)).toEqual(record);
  });

  it('opens again after the connection was closed by a version change elsewhere', async () => {
    const raw = new IDBFactory();
    const { factory, opens } = counting(raw);
    const open = storeOpener(factory);
    const first = await open();
    await first.upsertProfile(seedProfile('hayou', 'html'), 'https://h.example');
    // Another context deletes the database: ours gets versionchange, closes, and the deletion goes through.
    await done(raw.deleteDatabase(DB_NAME));
    const second = await open();
    expect(second).not.toBe(first);
    expect(opens()).toBe(2);
    expect(await second.all()).toEqual([]);
    const { record } = await second.upsertProfile(seedProfile('hayou', 'pdf'), 'https://h.example/cv.pdf');
    expect(await second.get(record.id)).toEqual(record);
  });
});
