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
      /candidates\[1\]\.profile\.publications\[0\]\.year: expected an integer/,
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
