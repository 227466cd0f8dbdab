import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { allSeedDocuments, namesake, seedProfile } from '../../support/profiles';
import { freshStore } from '../../support/store';

describe('one person, one record', () => {
  it('merges the HTML and PDF forms of the three seed CVs into three candidates', async () => {
    const { store } = await freshStore();
    for (const doc of allSeedDocuments()) await store.upsertProfile(doc.profile, doc.url);
    expect((await store.list({ sort: 'name' })).map((r) => r.name)).toEqual([
      'El Mahdi El Mhamdi',
      'Hayder Elesedy',
      'Soufiane Hayou',
    ]);
    const records = await store.all();
    for (const record of records) expect(record.urls).toHaveLength(2);
    const hayou = records.find((r) => r.name === 'Soufiane Hayou')!;
    // Union by normalised title: 24 papers, not 48; the HTML's venues fill the PDF's gaps.
    expect(hayou.profile.publications).toHaveLength(24);
    expect(hayou.profile.publications.every((p) => p.venue !== null)).toBe(true);
  });

  it('keeps the reviewer data and remembers every URL when a candidate is seen again', async () => {
    const { store } = await freshStore();
    const { record } = await store.upsertProfile(seedProfile('elesedy', 'html'), 'https://a.example/cv');
    await store.updateReview(record.id, {
      notes: 'met at ICML',
      tags: ['symmetry'],
      rating: 5,
      status: 'interview',
    });
    const again = await store.upsertProfile(seedProfile('elesedy', 'pdf'), 'file:///cvs/elesedy.pdf');
    expect(again.merged).toBe(true);
    expect(again.record.id).toBe(record.id);
    expect(again.record).toMatchObject({
      notes: 'met at ICML',
      tags: ['symmetry'],
      rating: 5,
      status: 'interview',
    });
    const later = await store.upsertProfile(seedProfile('elesedy', 'html'), 'https://a.example/cv');
    expect(later.record.urls.map((u) => u.url)).toEqual(['https://a.example/cv', 'file:///cvs/elesedy.pdf']);
    expect(later.record.urls[0]!.lastSeen > later.record.urls[0]!.firstSeen).toBe(true);
    expect(await store.count()).toBe(1);
  });

  it('merges through a name variant when there is further evidence', async () => {
    const { store } = await freshStore();
    await store.upsertProfile(seedProfile('elesedy', 'html'), 'https://a.example/cv');
    const old = seedProfile('elesedy', 'pdf');
    old.person.name = 'Bryn Elesedy';
    old.person.nameVariants = [];
    const { merged, record } = await store.upsertProfile(old, 'https://old.example/bryn');
    expect(merged).toBe(true);
    expect(record.name).toBe('Hayder Elesedy');
  });

  it('keeps two different people with one name as two records', async () => {
    const { store } = await freshStore();
    await store.upsertProfile(seedProfile('hayou', 'html'), 'https://example.org/hayou');
    const other = await store.upsertProfile(namesake('hayou'), 'https://other.example.net/hayou');
    expect(other.merged).toBe(false);
    expect(await store.count()).toBe(2);
  });

  it('does not merge on a name alone, nor evidence without a matching name', async () => {
    const { store } = await freshStore();
    const a = seedProfile('hayou', 'html');
    await store.upsertProfile(a, null);
    const bare = { ...a, person: { ...a.person, emails: [], links: [] }, publications: [] };
    expect((await store.upsertProfile(bare, null)).merged).toBe(false);
    const someoneElse = { ...a, person: { ...a.person, name: 'Jane Doe', nameVariants: [] } };
    expect((await store.upsertProfile(someoneElse, null)).merged).toBe(false);
  });

  it('records parsed documents by URL and content hash', async () => {
    const { store } = await freshStore();
    const { record } = await store.upsertProfile(seedProfile('hayou', 'html'), 'https://h.example', {
      contentHash: 'abc',
    });
    expect(await store.findDocument('https://h.example', 'abc')).toMatchObject({ candidateId: record.id });
    expect(await store.findDocument('https://h.example', 'changed')).toBeNull();
    expect(await store.findDocumentByHash('abc')).toMatchObject({ url: 'https://h.example' });
    await store.delete(record.id);
    expect(await store.findDocument('https://h.example', 'abc')).toBeNull();
  });
});
