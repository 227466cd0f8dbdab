import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, BACKUP_VERSION, EXPORTERS } from '../../../utils/export';
import { importBackup, parseBackup } from '../../../utils/import';
import { StoreError, type CandidateStore } from '../../../utils/store';
import { allSeedDocuments, seedProfile } from '../../support/profiles';
import { failWrites, freshStore } from '../../support/store';

const NOW = new Date('2025-06-01T12:00:00Z');

async function seededStore(): Promise<CandidateStore> {
  const { store } = await freshStore();
  for (const doc of allSeedDocuments()) await store.upsertProfile(doc.profile, doc.url);
  return store;
}

async function validBackup(): Promise<Record<string, unknown> & { candidates: Record<string, unknown>[] }> {
  const store = await seededStore();
  return JSON.parse(EXPORTERS.json.run(await store.all(), NOW));
}

/** A complete scholar part of the current version, holding `publications`. */
function scholarPart(publications: Record<string, unknown>[]): Record<string, unknown> {
  const metrics = { works: 1, citations: 3, hIndex: 1, i10: 0, firstYear: 2020, latestYear: 2020 };
  return {
    version: 2,
    authors: [],
    rejected: [],
    metrics: { ...metrics, bySource: { openalex: metrics }, basis: null },
    publications,
    sources: { openalex: 'ok', dblp: 'ok', semanticscholar: 'ok', orcid: 'not-asked', crossref: 'ok' },
    variants: [],
    requests: 3,
    fetchedAt: '2025-03-01T00:00:00.000Z',
  };
}

function scholarPublication(index: number): Record<string, unknown> {
  return {
    index,
    verdict: 'verified',
    source: 'openalex',
    id: 'W1',
    doi: null,
    title: 'A title',
    venue: 'A venue',
    year: 2020,
    citations: 3,
    url: null,
    foundIn: ['openalex'],
    recordAuthors: ['A. Author'],
  };
}

let restore: (() => void) | null = null;
afterEach(() => {
  restore?.();
  restore = null;
});

describe('JSON backup', () => {
  it('has the documented top level and every candidate field', async () => {
    const backup = await validBackup();
    expect(backup).toMatchObject({
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: NOW.toISOString(),
    });
    expect(backup.candidates).toHaveLength(3);
    expect(Object.keys(backup.candidates[0]!).sort()).toEqual(
      [
        'createdAt',
        'flags',
        'id',
        'notes',
        'profile',
        'rating',
        'scholar',
        'status',
        'tags',
        'updatedAt',
        'urls',
      ].sort(),
    );
  });

  const refusals: [
    string,
    (b: Record<string, unknown> & { candidates: Record<string, unknown>[] }) => unknown,
    RegExp,
  ][] = [
    [
      'foreign JSON',
      () => ({ name: 'package', version: '1.0.0' }),
      /not a CV Lens backup: it has no "format"/,
    ],
    ['a bare array', () => [1, 2], /top level is not a JSON object/],
    ['another format', (b) => ({ ...b, format: 'zotero' }), /its format is "zotero"/],
    ['a newer version', (b) => ({ ...b, version: 99 }), /version 99 was written by a newer CV Lens/],
    ['a version as text', (b) => ({ ...b, version: '1' }), /unsupported backup version "1"/],
    ['a rating of 7', (b) => ((b.candidates[1]!.rating = 7), b), /candidates\[1\]\.rating: expected one of/],
    [
      'a profile without person',
      (b) => (delete (b.candidates[2]!.profile as Record<string, unknown>).person, b),
      /candidates\[2\]\.profile\.person: expected an object, found nothing/,
    ],
    [
      'a year as text',
      (b) => (
        ((b.candidates[1]!.profile as { publications: Record<string, unknown>[] }).publications[0]!.year =
          '2020'),
        b
      ),
      /candidates\[1\]\.profile\.publications\[0\]\.year: expected an integer or null, found "2020"/,
    ],
    ['a repeated id', (b) => ((b.candidates[1]!.id = b.candidates[0]!.id), b), /appears twice/],
    [
      'a bad timestamp',
      (b) => ((b.candidates[0]!.updatedAt = 'yesterday'), b),
      /updatedAt: expected an ISO 8601 time/,
    ],
  ];

  it.each(refusals)('refuses %s with the reason and changes nothing', async (_, spoil, reason) => {
    const store = await seededStore();
    const before = await store.all();
    const outcome = await importBackup(store, JSON.stringify(spoil(await validBackup())));
    expect(outcome).toEqual({ ok: false, reason: expect.stringMatching(reason) });
    expect(await store.all()).toEqual(before);
  });

  it('reads a version 1 backup: a look-up that reached no source becomes unchecked', async () => {
    const backup = await validBackup();
    const publication = (index: number, verdict: string) => ({
      index,
      verdict,
      source: null,
      id: null,
      doi: null,
      title: null,
      venue: null,
      year: null,
      citations: null,
      url: null,
      foundIn: [],
    });
    const v1Part = (status: string) => ({
      authors: [],
      rejected: [],
      metrics: {
        works: 0,
        citations: null,
        hIndex: null,
        i10: null,
        firstYear: null,
        latestYear: null,
        bySource: {},
      },
      publications: [publication(0, 'not-found'), publication(1, 'verified')],
      sources: { openalex: status, semanticscholar: status, dblp: status, orcid: 'ok', crossref: status },
      variants: [],
      requests: 0,
      fetchedAt: '2025-03-01T00:00:00.000Z',
    });
    backup.version = 1;
    backup.candidates[0]!.scholar = v1Part('offline');
    backup.candidates[1]!.scholar = v1Part('ok');
    const check = parseBackup(JSON.stringify(backup));
    if (!check.ok) throw new Error(check.reason);
    expect(check.backup.version).toBe(BACKUP_VERSION);
    const [offline, answered] = check.backup.candidates.map((c) => c.scholar);
    expect(offline?.publications.map((p) => p.verdict)).toEqual(['unchecked', 'verified']);
    expect(answered?.publications.map((p) => p.verdict)).toEqual(['not-found', 'verified']);
    expect(offline).toMatchObject({ version: 2, metrics: { basis: null } });
    // And it imports.
    const { store } = await freshStore();
    expect(await importBackup(store, JSON.stringify(backup))).toMatchObject({ ok: true });
  });

  it('refuses a verdict it does not know, naming where', async () => {
    const backup = await validBackup();
    backup.candidates[0]!.scholar = scholarPart([{ ...scholarPublication(0), verdict: 'probably-fine' }]);
    const check = parseBackup(JSON.stringify(backup));
    expect(check).toEqual({
      ok: false,
      reason: expect.stringMatching(/candidates\[0\]\.scholar\.publications\[0\]\.verdict: expected one of/),
    });
  });

  it('refuses truncated JSON', async () => {
    const text = EXPORTERS.json.run([], NOW);
    const check = parseBackup(text.slice(0, text.length / 2));
    expect(check).toEqual({ ok: false, reason: expect.stringMatching(/^not valid JSON/) });
  });

  it('imports all or nothing: storage full half-way changes nothing', async () => {
    const { store } = await freshStore();
    await store.upsertProfile(seedProfile('hayou', 'html'), 'https://h.example');
    const before = await store.all();
    const backup = await validBackup();
    restore = failWrites(2);
    const error = await importBackup(store, JSON.stringify(backup)).catch((e: unknown) => e);
    restore();
    restore = null;
    expect(error).toBeInstanceOf(StoreError);
    expect(error).toMatchObject({ kind: 'quota' });
    expect(await store.all()).toEqual(before);
  });
});
