import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXPORTERS } from '../../../utils/export';
import { importBackup } from '../../../utils/import';
import type { CandidateStore } from '../../../utils/store';
import { sightingsArbitrary } from '../../support/arbitraries';
import { allSeedDocuments } from '../../support/profiles';
import { freshStore } from '../../support/store';

const NOW = new Date('2025-06-01T12:00:00Z');

async function snapshot(store: CandidateStore) {
  return (await store.all()).sort((a, b) => (a.id < b.id ? -1 : 1));
}

async function backupOf(store: CandidateStore): Promise<string> {
  return EXPORTERS.json.run(await store.all(), NOW);
}

async function expectRoundTrips(source: CandidateStore): Promise<void> {
  const original = await snapshot(source);
  const backup = await backupOf(source);
  // Into an empty store: the same records, no more, no fewer.
  const { store: target } = await freshStore();
  expect(await importBackup(target, backup)).toMatchObject({ ok: true, added: original.length, merged: 0 });
  expect(await snapshot(target)).toEqual(original);
  // Again: every record merges with itself, nothing changes.
  expect(await importBackup(target, backup)).toMatchObject({ ok: true, added: 0, merged: original.length });
  expect(await snapshot(target)).toEqual(original);
  // Into the store it came from: likewise.
  await importBackup(source, backup);
  expect(await snapshot(source)).toEqual(original);
}

describe('export then import', () => {
  it('round-trips the seed candidates with their reviews', async () => {
    const { store } = await freshStore();
    for (const doc of allSeedDocuments()) {
      const { record } = await store.upsertProfile(doc.profile, doc.url);
      if (doc.form === 'pdf')
        await store.updateReview(record.id, { notes: `read ${doc.id}`, tags: [doc.id], rating: 4 });
    }
    expect(await store.count()).toBe(3);
    await expectRoundTrips(store);
  });

  it('round-trips generated stores, losing and duplicating nothing', async () => {
    await fc.assert(
      fc.asyncProperty(sightingsArbitrary, async (sightings) => {
        const { store } = await freshStore();
        for (const { profile, url, review } of sightings) {
          const { record } = await store.upsertProfile(profile, url);
          if (review) await store.updateReview(record.id, review);
        }
        await expectRoundTrips(store);
        store.close();
      }),
      { numRuns: 40 },
    );
  });

  it('merges a backup into a store that already has the same people under other ids', async () => {
    const { store: a } = await freshStore();
    const { store: b } = await freshStore();
    const docs = allSeedDocuments();
    for (const doc of docs.filter((d) => d.form === 'html')) await a.upsertProfile(doc.profile, doc.url);
    for (const doc of docs.filter((d) => d.form === 'pdf')) {
      const { record } = await b.upsertProfile(doc.profile, doc.url);
      await b.updateReview(record.id, { tags: ['from-b'] });
    }
    // b's ids are c0001.. like a's, so rename them to exercise the same-person path.
    const backup = JSON.parse(await backupOf(b)) as { candidates: { id: string }[] };
    for (const c of backup.candidates) c.id = `b-${c.id}`;
    const outcome = await importBackup(a, JSON.stringify(backup));
    expect(outcome).toMatchObject({ ok: true, added: 0, merged: 3 });
    const records = await a.all();
    expect(records).toHaveLength(3);
    for (const r of records) {
      expect(r.urls).toHaveLength(2);
      expect(r.tags).toEqual(['from-b']);
    }
  });
});
