import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openCandidateStore, DB_VERSION } from '../../../utils/store';
import { openDatabase } from '../../../utils/store/open-database';
import { MIGRATIONS } from '../../../utils/store/migrations';
import { seedProfile } from '../../support/profiles';
import { newRecord } from '../../../utils/store/record';
import { writeV1Database, type V1Candidate } from './fixtures/v1-database';
import { writeV2Database } from './fixtures/v2-database';
import { v1ScholarPart, writeV3Database } from './fixtures/v3-database';
import { rowOf } from '../../../utils/store/candidate-summary';

function v1Candidates(): V1Candidate[] {
  return (['elesedy', 'hayou', 'elmhamdi'] as const).map((id, i) => ({
    id: `v1-${id}`,
    name: seedProfile(id, 'html').person.name ?? '',
    profile: seedProfile(id, 'html'),
    scholar: i === 0 ? { citations: 120, hIndex: 5 } : null,
    flags: [],
    notes: i === 1 ? 'strong theory; ask about teaching' : '',
    tags: i === 1 ? ['theory', 'shortlist'] : [],
    rating: i === 1 ? 4 : null,
    urls: [`https://example.org/${id}/cv.html`],
    createdAt: `2024-0${i + 1}-01T00:00:00.000Z`,
    updatedAt: `2024-0${i + 2}-01T00:00:00.000Z`,
  }));
}

async function schemaOf(factory: IDBFactory, version: number): Promise<string[]> {
  const db = await openDatabase(factory, version);
  const out: string[] = [];
  const tx = db.transaction([...db.objectStoreNames], 'readonly');
  for (const name of db.objectStoreNames) {
    const store = tx.objectStore(name);
    out.push(`${name} ${String(store.keyPath)}`);
    for (const index of store.indexNames) {
      const i = store.index(index);
      out.push(`${name}.${index} ${String(i.keyPath)} ${i.multiEntry} ${i.unique}`);
    }
  }
  db.close();
  return out.sort();
}

describe('schema migrations', () => {
  it('has one migration per version', () => {
    expect(MIGRATIONS).toHaveLength(DB_VERSION);
  });

  it('builds versions 1 and 2 exactly as the frozen fixtures do', async () => {
    const v1 = new IDBFactory();
    await writeV1Database(v1, [], []);
    expect(await schemaOf(new IDBFactory(), 1)).toEqual(await schemaOf(v1, 1));
    const v2 = new IDBFactory();
    await writeV2Database(v2, [], []);
    expect(await schemaOf(new IDBFactory(), 2)).toEqual(await schemaOf(v2, 2));
    const v3 = new IDBFactory();
    await writeV3Database(v3, [], []);
    expect(await schemaOf(new IDBFactory(), 3)).toEqual(await schemaOf(v3, 3));
  });

  it('opens a version 3 database: a look-up that reached no source is unchecked, not "not found"', async () => {
    const factory = new IDBFactory();
    const offline = {
      openalex: 'offline',
      semanticscholar: 'offline',
      dblp: 'offline',
      orcid: 'ok',
      crossref: 'offline',
    };
    const answered = { openalex: 'ok', semanticscholar: 'ok', dblp: 'error', orcid: 'ok', crossref: 'ok' };
    const records = (['hayou', 'elesedy'] as const).map((id, i) => {
      const record = newRecord(
        seedProfile(id, 'html'),
        `https://example.org/${id}`,
        `2025-0${i + 1}-01T00:00:00.000Z`,
        `v3-${id}`,
      );
      const count = record.profile.publications.length;
      return { ...record, scholar: v1ScholarPart(count, i === 0 ? offline : answered) } as unknown as Record<
        string,
        unknown
      >;
    });
    // The rows as release 3 derived them: every publication counted as not found.
    const rows = records.map((r) => rowOf(r as never));
    expect(rows.map((r) => r.notFound)).toEqual([24, 9]);
    await writeV3Database(factory, records, rows);
    const store = await openCandidateStore(factory);
    const hayou = await store.get('v3-hayou');
    expect(hayou?.scholar?.version).toBe(2);
    expect(
      hayou?.scholar?.publications.every((p) => p.verdict === 'unchecked' && p.recordAuthors.length === 0),
    ).toBe(true);
    expect(hayou?.scholar?.rejected[0]).toMatchObject({ kind: 'another-person', reason: 'another person' });
    expect(hayou?.scholar?.metrics.basis).toBeNull();
    // Where a source answered, "not found" was a finding and stays.
    const elesedy = await store.get('v3-elesedy');
    expect(elesedy?.scholar?.publications.every((p) => p.verdict === 'not-found')).toBe(true);
    // Everything else of the record is intact, and the summary rows are rebuilt from the upgraded parts.
    expect(hayou?.profile).toEqual((records[0] as { profile: unknown }).profile);
    const listed = await store.list({ sort: 'name' });
    expect(listed.map((r) => [r.id, r.notFound])).toEqual([
      ['v3-elesedy', 9],
      ['v3-hayou', 0],
    ]);
    store.close();
  });

  it('opens a version 2 database, finds every record intact and lists them from new summaries', async () => {
    const factory = new IDBFactory();
    const records = (['elesedy', 'hayou'] as const).map((id, i) => ({
      ...newRecord(
        seedProfile(id, 'html'),
        `https://example.org/${id}`,
        `2024-0${i + 1}-01T00:00:00.000Z`,
        `v2-${id}`,
      ),
      status: i ? ('shortlisted' as const) : ('new' as const),
      tags: ['kept'],
    }));
    const document = {
      url: 'https://example.org/hayou',
      hash: 'h',
      candidateId: 'v2-hayou',
      parsedAt: '2024-02-01T00:00:00.000Z',
    };
    await writeV2Database(factory, records, [document]);
    const store = await openCandidateStore(factory);
    for (const record of records) expect(await store.get(record.id)).toEqual(record);
    expect(await store.findDocument(document.url, 'h')).toEqual(document);
    const rows = await store.list({ sort: 'publications' });
    expect(rows.map((r) => [r.id, r.publications, r.status])).toEqual([
      ['v2-hayou', 24, 'shortlisted'],
      ['v2-elesedy', 9, 'new'],
    ]);
    expect((await store.list({ search: 'lora guard' })).map((r) => r.id)).toEqual(['v2-elesedy']);
    store.close();
  });

  it('opens a version 1 database and finds every record intact', async () => {
    const factory = new IDBFactory();
    const written = v1Candidates();
    await writeV1Database(factory, written, [
      { key: 'openalex\u0000q', value: { hits: [1, 2] }, fetchedAt: 1700000000000 },
    ]);
    const store = await openCandidateStore(factory);
    const records = await store.list({ sort: 'name' });
    expect(records).toHaveLength(3);
    for (const old of written) {
      const record = await store.get(old.id);
      expect(record).not.toBeNull();
      expect(record!.profile).toEqual(old.profile);
      // A part of the oldest shape keeps its figures; version 4 marks it as upgraded.
      if (old.scholar) expect(record!.scholar).toEqual({ ...old.scholar, version: 2 });
      else expect(record!.scholar).toBeNull();
      expect(record!.notes).toBe(old.notes);
      expect(record!.tags).toEqual(old.tags);
      expect(record!.rating).toBe(old.rating);
      expect(record!.createdAt).toBe(old.createdAt);
      expect(record!.updatedAt).toBe(old.updatedAt);
      expect(record!.status).toBe('new');
      expect(record!.urls).toEqual([{ url: old.urls[0], firstSeen: old.createdAt, lastSeen: old.updatedAt }]);
    }
    // The new status index and the documents store work on the migrated data.
    expect(await store.list({ status: 'new' })).toHaveLength(3);
    expect(await store.list({ tag: 'theory' })).toHaveLength(1);
    expect(await store.findDocument('https://example.org/x', 'h')).toBeNull();
    expect(await store.scholarCache().get('openalex\u0000q')).toEqual({
      value: { hits: [1, 2] },
      fetchedAt: 1700000000000,
    });
    store.close();
  });

  it('opens a current-version database unchanged', async () => {
    const factory = new IDBFactory();
    const first = await openCandidateStore(factory);
    const { record } = await first.upsertProfile(seedProfile('hayou', 'html'), 'https://example.org/hayou');
    first.close();
    const second = await openCandidateStore(factory);
    expect(await second.get(record.id)).toEqual(record);
    second.close();
  });
});
