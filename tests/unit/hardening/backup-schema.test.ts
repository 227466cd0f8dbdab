import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { EXPORTERS } from '../../../utils/export';
import { importBackup, parseBackup } from '../../../utils/import';
import type { ScholarPart } from '../../../utils/model/scholar';
import { SCHEMA_LIMITS } from '../../../utils/schema/limits';
import type { CandidateStore } from '../../../utils/store';
import { allSeedDocuments } from '../../support/profiles';
import { freshStore } from '../../support/store';

const NOW = new Date('2025-06-01T12:00:00Z');

const metrics = { works: 4, citations: 30, hIndex: 2, i10: 1, firstYear: 2018, latestYear: 2024 };

/** A scholar part with one of every kind of object it can hold. */
const scholar: ScholarPart = {
  version: 2,
  authors: [
    {
      source: 'openalex',
      id: 'A1',
      name: 'Soufiane Hayou',
      alternativeNames: ['S. Hayou'],
      url: 'https://openalex.org/A1',
      works: 4,
      citations: 30,
      hIndex: 2,
      confidence: 0.9,
      reason: '3 CV titles',
    },
  ],
  rejected: [{ source: 'dblp', id: 'p/1', name: 'S. Hayou', kind: 'another-person', reason: 'no CV title' }],
  metrics: {
    ...metrics,
    bySource: { openalex: metrics },
    basis: { records: 1, works: 4, sources: ['openalex'] },
  },
  publications: [
    {
      index: 0,
      verdict: 'verified',
      source: 'openalex',
      id: 'W1',
      doi: '10.1000/x',
      title: 'A title',
      venue: 'A venue',
      year: 2020,
      citations: 3,
      url: 'https://doi.org/10.1000/x',
      foundIn: ['openalex'],
      recordAuthors: ['S. Hayou'],
    },
  ],
  sources: { openalex: 'ok', dblp: 'ok', semanticscholar: 'ok', orcid: 'not-asked', crossref: 'ok' },
  variants: [{ name: 'S. Hayou', sources: ['openalex'] }],
  requests: 3,
  fetchedAt: '2025-03-01T00:00:00.000Z',
};

async function seededStore(): Promise<CandidateStore> {
  const { store } = await freshStore();
  for (const doc of allSeedDocuments()) await store.upsertProfile(doc.profile, doc.url);
  const [first] = await store.all();
  await store.setScholar(first!.id, scholar);
  return store;
}

/** The backup with an unknown key and a `__proto__` key added to every object in it. */
function withUnknownKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withUnknownKeys);
  if (typeof value !== 'object' || value === null) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) copy[key] = withUnknownKeys(child);
  copy.unknownField = { nested: 'x'.repeat(10) };
  Object.defineProperty(copy, '__proto__', { value: { polluted: true }, enumerable: true });
  return copy;
}

describe('backup schema', () => {
  it('drops unknown keys at every level: the round trip gives back the backup without them', async () => {
    const source = await seededStore();
    const original = EXPORTERS.json.run(await source.all(), NOW);
    const spoiled = JSON.stringify(withUnknownKeys(JSON.parse(original)));
    // Every object of the backup carries the extra keys, the scholar part's included.
    expect(spoiled.split('"unknownField"').length).toBeGreaterThan(80);
    expect(spoiled).toMatch(/"bySource":\{"openalex":\{[^}]*"unknownField"/);
    expect(spoiled).toContain('"__proto__":{"polluted":true}');

    const { store: target } = await freshStore();
    expect(await importBackup(target, spoiled)).toMatchObject({ ok: true, added: 3, merged: 0 });
    const stored = await target.all();
    const text = JSON.stringify(stored);
    expect(text).not.toContain('unknownField');
    expect(text).not.toContain('polluted');
    expect(stored.some((record) => Object.hasOwn(record.profile, '__proto__'))).toBe(false);
    expect(EXPORTERS.json.run(stored, NOW)).toBe(original);
  });

  it('refuses a backup holding a 100 MB string within a second, and writes nothing', async () => {
    const store = await seededStore();
    const before = await store.all();
    const backup = JSON.parse(EXPORTERS.json.run(before, NOW)) as { candidates: { notes: string }[] };
    const text = JSON.stringify(backup).replace('"notes":"', `"notes":"${'x'.repeat(100_000_000)}`);
    // CPU time, not wall time: the refusal must not parse the 100 MB, and a busy machine can hold
    // a fast refusal off the cores for over a second (the wall-clock bound failed under load).
    const started = process.cpuUsage();
    const outcome = await importBackup(store, text);
    const used = process.cpuUsage(started);
    const elapsed = (used.user + used.system) / 1000;
    expect(outcome).toEqual({
      ok: false,
      reason: expect.stringMatching(
        /^file: too large for a CV Lens backup \(100,\d{3},\d{3} characters; a backup holds at most 62,914,560\)$/,
      ),
    });
    expect(elapsed).toBeLessThan(1000);
    expect(await store.all()).toEqual(before);
  });

  it('refuses a string past its limit in a backup of ordinary size, naming where it is', async () => {
    const store = await seededStore();
    const before = await store.all();
    const backup = JSON.parse(EXPORTERS.json.run(before, NOW)) as {
      candidates: { profile: { publications: { title: string }[] } }[];
    };
    backup.candidates[1]!.profile.publications[3]!.title = 'y'.repeat(SCHEMA_LIMITS.text + 1);
    const outcome = await importBackup(store, JSON.stringify(backup));
    expect(outcome).toEqual({
      ok: false,
      reason: `candidates[1].profile.publications[3].title: longer than the limit of ${SCHEMA_LIMITS.text} characters (${SCHEMA_LIMITS.text + 1})`,
    });
    expect(await store.all()).toEqual(before);
  });

  it('refuses a list past its limit', async () => {
    const store = await seededStore();
    const backup = JSON.parse(EXPORTERS.json.run(await store.all(), NOW)) as {
      candidates: { tags: string[] }[];
    };
    backup.candidates[2]!.tags = Array.from({ length: SCHEMA_LIMITS.items + 1 }, () => 'tag');
    expect(parseBackup(JSON.stringify(backup))).toEqual({
      ok: false,
      reason: `candidates[2].tags: longer than the limit of ${SCHEMA_LIMITS.items} items (${SCHEMA_LIMITS.items + 1})`,
    });
  });
});
