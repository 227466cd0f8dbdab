import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXPORTERS } from '../../../utils/export';
import { importBackup, parseBackup, validateBackup } from '../../../utils/import';
import { StoreError, type CandidateStore } from '../../../utils/store';
import { allSeedDocuments } from '../../support/profiles';
import { freshStore } from '../../support/store';

const NOW = new Date('2025-06-01T12:00:00Z');
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

async function seededStore(): Promise<CandidateStore> {
  const { store } = await freshStore();
  for (const doc of allSeedDocuments().slice(0, 3)) await store.upsertProfile(doc.profile, doc.url);
  return store;
}

/** Every path into a JSON value (object keys and array indexes), the root excluded. */
function pathsOf(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return keys.flatMap((k) => {
    const child = (value as Record<string | number, Json>)[k]!;
    return [[...prefix, k], ...pathsOf(child, [...prefix, k])];
  });
}

type Mutation = { kind: 'delete' } | { kind: 'set'; value: Json };

/** A copy of `value` with the thing at `path` deleted or replaced. */
function mutate(value: Json, path: (string | number)[], mutation: Mutation): Json {
  const copy = structuredClone(value);
  let parent = copy as Record<string | number, Json>;
  for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, Json>;
  const last = path[path.length - 1]!;
  if (mutation.kind === 'set') parent[last] = mutation.value;
  else if (Array.isArray(parent)) parent.splice(Number(last), 1);
  else delete parent[last];
  return copy;
}

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant({ kind: 'delete' as const }),
  fc.record({
    kind: fc.constant('set' as const),
    value: fc.oneof(
      fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
      fc.constantFrom<Json>(null, '', 0, -1, 1.5, 7, 'present', '2020-13', [], {}, '__proto__', 1e308),
    ),
  }),
);

let backup: Json;
let paths: (string | number)[][];
beforeAll(async () => {
  const store = await seededStore();
  backup = JSON.parse(EXPORTERS.json.run(await store.all(), NOW)) as Json;
  paths = pathsOf(backup);
  store.close();
});

describe('backup validator', () => {
  it('never throws on any text, and a refusal always says why', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.jsonValue().map((v) => JSON.stringify(v)),
    );
    fc.assert(
      fc.property(text, (t) => {
        const check = parseBackup(t);
        if (!check.ok) expect(check.reason.length).toBeGreaterThan(10);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on any value', () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 3 }), (value) => {
        const check = validateBackup(value);
        expect(check.ok ? 'ok' : check.reason).toBeTruthy();
      }),
      { numRuns: 200 },
    );
  });

  it('refuses every truncation of a valid backup', () => {
    const text = JSON.stringify(backup);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: text.length - 1 }), (cut) => {
        expect(parseBackup(text.slice(0, cut))).toMatchObject({ ok: false, reason: expect.any(String) });
      }),
      { numRuns: 200 },
    );
  });
});

describe('importing a spoiled backup', () => {
  it('either accepts it, or refuses it with a reason and leaves the store as it was', async () => {
    const store = await seededStore();
    const before = await store.all();
    const clean = await freshStore();
    await fc.assert(
      fc.asyncProperty(fc.nat(), mutation, async (at, change) => {
        const path = paths[at % paths.length]!;
        const spoiled = JSON.stringify(mutate(backup, path, change));
        const check = parseBackup(spoiled);
        if (!check.ok) {
          const outcome = await importBackup(store, spoiled);
          expect(outcome).toEqual({ ok: false, reason: check.reason });
          expect(outcome.ok ? '' : outcome.reason).toMatch(/\S/);
          expect(await store.all()).toEqual(before);
          return;
        }
        // Accepted: it imports without an error other than the store's own, into a store of its own.
        const outcome = await importBackup(clean.store, spoiled).catch((e: unknown) => e);
        if (outcome instanceof Error) expect(outcome).toBeInstanceOf(StoreError);
        else expect(outcome).toMatchObject({ ok: true });
      }),
      { numRuns: 150 },
    );
    store.close();
    clean.store.close();
  });
});
