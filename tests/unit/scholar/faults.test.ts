import { describe, expect, it } from 'vitest';
import { lookupScholar } from '../../../utils/scholar/lookup';
import { RequestLog } from '../../../utils/scholar/request-log';
import type { RequestLogEntry, SourceId } from '../../../utils/model/scholar';
import { fakeFetch, parsedSeed, testDeps } from './helpers';

const MINUTE = 60_000;

describe('a server that finds nothing', () => {
  it('does not fan out into one search per title', async () => {
    const fake = fakeFetch({ mode: 'empty' });
    const deps = testDeps(fake);
    const part = await lookupScholar(parsedSeed('hayou'), deps);
    expect(fake.calls.length).toBeLessThanOrEqual(12);
    expect(part.publications.every((p) => p.verdict === 'not-found')).toBe(true);
    expect(part.publications).toHaveLength(24);
    expect(part.authors).toEqual([]);
    const before = fake.calls.length;
    await lookupScholar(parsedSeed('hayou'), deps);
    expect(fake.calls.length).toBe(before); // "nothing found" is cached too
  });
});

describe('failures end in a status, never an error', () => {
  it('429 storm: bounded retries honouring Retry-After, every publication kept', async () => {
    const fake = fakeFetch({ mode: '429' });
    const deps = testDeps(fake);
    const start = deps.clock.now();
    const part = await lookupScholar(parsedSeed('hayou'), deps);
    expect(part.sources).toMatchObject({
      openalex: 'rate-limited',
      semanticscholar: 'rate-limited',
      dblp: 'rate-limited',
    });
    expect(part.publications).toHaveLength(24);
    expect(fake.calls.length).toBeLessThanOrEqual(12);
    expect(deps.clock.now() - start).toBeLessThan(MINUTE);
    // Each source retried the same call rather than moving on to the next.
    const openalex = fake.calls.filter((c) => c.url.includes('/openalex/'));
    expect(openalex.length).toBeGreaterThan(1);
    expect(new Set(openalex.map((c) => c.url)).size).toBe(1);
  });

  it('503 everywhere: error status, bounded time', async () => {
    const fake = fakeFetch({ mode: '503' });
    const deps = testDeps(fake);
    const start = deps.clock.now();
    const part = await lookupScholar(parsedSeed('hayou'), deps);
    expect(part.sources).toMatchObject({ openalex: 'error', semanticscholar: 'error', dblp: 'error' });
    expect(deps.clock.now() - start).toBeLessThan(MINUTE);
    expect(part.publications).toHaveLength(24);
  });

  it('one source down: the others still answer', async () => {
    const fake = fakeFetch({ faults: { s2: '503' } });
    const part = await lookupScholar(parsedSeed('hayou'), testDeps(fake));
    expect(part.sources.semanticscholar).toBe('error');
    expect(part.sources.openalex).toBe('ok');
    expect(part.authors.some((a) => a.source === 'openalex')).toBe(true);
    expect(part.publications.filter((p) => p.verdict === 'verified').length).toBeGreaterThan(10);
  });

  it('timeout: a source that never answers is offline after the timeout', async () => {
    const fake = fakeFetch({ faults: { dblp: 'hang' } });
    const deps = testDeps(fake, { settings: { timeoutMs: 5000 } });
    const part = await lookupScholar(parsedSeed('hayou'), deps);
    expect(part.sources.dblp).toBe('offline');
    expect(part.sources.openalex).toBe('ok');
    expect(fake.calls.filter((c) => c.url.includes('/dblp/'))).toHaveLength(1);
  });

  it('every source hangs: offline everywhere within a minute', async () => {
    const fake = fakeFetch({ mode: 'hang' });
    const deps = testDeps(fake);
    const start = deps.clock.now();
    const part = await lookupScholar(parsedSeed('hayou'), deps);
    expect(part.sources).toMatchObject({ openalex: 'offline', semanticscholar: 'offline', dblp: 'offline' });
    expect(deps.clock.now() - start).toBeLessThan(MINUTE);
  });

  it("DBLP's bot-check page (a 200 that is not JSON) means DBLP unavailable", async () => {
    const fake = fakeFetch({ faults: { dblp: 'botcheck' } });
    const part = await lookupScholar(parsedSeed('hayou'), testDeps(fake));
    expect(part.sources.dblp).toBe('error');
    expect(fake.calls.filter((c) => c.url.includes('/dblp/'))).toHaveLength(1); // not retried
  });

  it('offline with an expired cache: the cached results, marked as such', async () => {
    const online = fakeFetch();
    const deps = testDeps(online, { settings: { cacheTtlMs: 1000 } });
    const first = await lookupScholar(parsedSeed('hayou'), deps);
    deps.clock.advance(10_000);
    const offline = fakeFetch({ mode: 'hang' });
    const part = await lookupScholar(parsedSeed('hayou'), { ...deps, fetch: offline.fetch });
    expect(part.sources.openalex).toBe('cached');
    expect(part.publications).toEqual(first.publications);
  });

  it('cancellation: an aborted look-up rejects with AbortError and sends nothing more', async () => {
    const fake = fakeFetch({ faults: { openalex: 'hang' } });
    const controller = new AbortController();
    const deps = testDeps(fake, { signal: controller.signal });
    const pending = lookupScholar(parsedSeed('hayou'), deps);
    setImmediate(() => controller.abort());
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('request log', () => {
  it('logs every call without the key, with OpenAlex cost and the day total', async () => {
    const log = new RequestLog();
    const entries: RequestLogEntry[] = [];
    const fake = fakeFetch();
    const deps = testDeps(fake, {
      settings: { openalexApiKey: 'SECRET', s2ApiKey: 'S2SECRET' },
      onLog: (e) => (entries.push(e), log.add(e)),
    });
    await lookupScholar(parsedSeed('hayou'), deps);
    expect(fake.calls.some((c) => c.url.includes('api_key=SECRET'))).toBe(true);
    expect(entries.every((e) => !e.url.includes('SECRET'))).toBe(true);
    const search = entries.find((e) => e.url.includes('/authors?search='));
    expect(search).toMatchObject({ source: 'openalex', status: 200, costUsd: 0.001, fromCache: false });
    expect(entries.find((e) => e.url.includes('/works?filter='))?.costUsd).toBe(0.0001);
    // One search and one works list per candidate record (two records under this name).
    expect(log.dayCostUsd(deps.clock.now())).toBe(0.0012);
    await lookupScholar(parsedSeed('hayou'), deps);
    expect(log.list().filter((e) => e.fromCache).length).toBe(entries.length / 2);
    expect(log.dayCostUsd(deps.clock.now())).toBe(0.0012); // cache hits cost nothing
  });
});

describe('per-source progress', () => {
  it('reports each source as it finishes, with the status the look-up ends with', async () => {
    const fake = fakeFetch({ faults: { dblp: '503' } });
    const reported: [string, string][] = [];
    const part = await lookupScholar(parsedSeed('hayou'), {
      ...testDeps(fake),
      onSourceDone: (source, status) => reported.push([source, status]),
    });
    const first = reported.slice(0, 3).map(([source]) => source);
    expect(new Set(first)).toEqual(new Set(['openalex', 'dblp', 'semanticscholar']));
    expect(reported).toContainEqual(['dblp', 'error']);
    expect(reported).toContainEqual(['orcid', part.sources.orcid]);
    for (const [source, status] of reported)
      expect(part.sources[source as keyof typeof part.sources]).toBe(status);
  });

  it('gives each answered source its own count of the CV’s publications, as the verdicts credit it', async () => {
    const fake = fakeFetch({ faults: { dblp: '503' } });
    const counts = new Map<SourceId, number | null>();
    const part = await lookupScholar(parsedSeed('hayou'), {
      ...testDeps(fake),
      onSourceDone: (source, _status, found) => counts.set(source, found),
    });
    // A failed source has nothing to count; one that answered counts what its own records hold.
    expect(counts.get('dblp')).toBeNull();
    expect(counts.get('openalex')).toBeGreaterThan(0);
    const ownRecord = new Set(['verified', 'year-differs', 'venue-differs', 'preprint-found']);
    for (const [source, found] of counts) {
      if (found === null) continue;
      const credited = part.publications.filter(
        (p) => ownRecord.has(p.verdict) && p.foundIn.includes(source),
      );
      expect([source, found]).toEqual([source, credited.length]);
    }
  });
});
