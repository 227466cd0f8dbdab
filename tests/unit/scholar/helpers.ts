/**
 * Test helpers for the scholar stage. TEMPORARY profiles: built from the truth files until the
 * parser lands; then the scenario tests switch to the parsed seeds.
 */
import type { Profile, PublicationKind } from '../../../utils/profile/types';
import { MemoryScholarCache } from '../../../utils/scholar/cache';
import type { ScholarDeps, ScholarSettings, SourceId } from '../../../utils/scholar/types';
import { readTruth, type SeedId } from '../../support/fixtures';
import { loadScenarios, routeScholar, type RouteOptions } from '../../support/mock-scholar-server';

export function profileFromTruth(id: SeedId): Profile {
  const t = readTruth(id);
  return {
    schemaVersion: 1,
    source: { kind: 'text', url: null, title: null, pages: null },
    documentKind: 'cv',
    person: {
      name: t.name,
      nameVariants: t.name_variants.map((name) => ({ name, evidence: 'truth file' })),
      emails: t.emails,
      links: t.links,
    },
    education: t.education.map((e) => ({
      title: e.degree ?? null,
      organization: e.institution ?? null,
      location: null,
      start: e.start,
      end: e.end,
      raw: '',
    })),
    positions: t.positions.map((e) => ({
      title: e.title ?? null,
      organization: e.organization ?? null,
      location: null,
      start: e.start,
      end: e.end,
      raw: '',
    })),
    publications: t.publications.map((p) => ({
      title: p.title,
      // The truth counts authors but does not name them: the candidate alone stands in.
      authors: [t.name],
      venue: p.venue,
      year: p.year,
      kind: p.kind as PublicationKind,
      status: null,
      candidateAuthorIndex: 0,
      equalContribution: false,
      notes: [],
      doi: null,
      raw: p.title,
    })),
    awards: [],
    talks: [],
    teaching: [],
    service: [],
    skills: [],
    flags: [],
  };
}

export const TEST_BASE = 'http://scholar.test';
export const TEST_BASE_URLS: Record<SourceId, string> = {
  openalex: `${TEST_BASE}/openalex`,
  dblp: `${TEST_BASE}/dblp`,
  semanticscholar: `${TEST_BASE}/s2`,
  orcid: `${TEST_BASE}/orcid`,
  crossref: `${TEST_BASE}/crossref`,
};

/** A clock that moves only when the code under test sleeps: nothing really waits. */
export function virtualClock(start = Date.UTC(2026, 5, 1, 12)) {
  let t = start;
  return {
    now: (): number => t,
    advance: (ms: number): void => void (t += ms),
    // Resolves after pending I/O callbacks, so a fake answer always beats a timeout timer;
    // concurrent sleeps overlap as real ones do (the clock moves to the latest wake-up).
    sleep: (ms: number, signal?: AbortSignal): Promise<void> => {
      const wake = t + ms;
      return new Promise((resolve) =>
        setImmediate(() => {
          if (!signal?.aborted) t = Math.max(t, wake);
          resolve();
        }),
      );
    },
  };
}

export interface FakeFetch {
  fetch: typeof fetch;
  calls: { method: string; url: string; body: string | null }[];
}

/** Routes every request to the mock APIs; counts requests; 'hang' waits for the abort signal. */
export function fakeFetch(options: Partial<RouteOptions> = {}): FakeFetch {
  const opts: RouteOptions = { mode: 'scenario', data: loadScenarios(), ...options };
  const calls: FakeFetch['calls'] = [];
  const impl = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = String(input);
    const body = typeof init?.body === 'string' ? init.body : null;
    calls.push({ method: init?.method ?? 'GET', url, body });
    const reply = routeScholar(
      { method: init?.method ?? 'GET', url: url.replace(TEST_BASE, ''), body },
      opts,
    );
    if (reply === 'hang') {
      return new Promise<Response>((_, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    }
    return new Response(reply.status === 204 ? null : reply.body, {
      status: reply.status,
      headers: reply.headers,
    });
  };
  return { fetch: impl as typeof fetch, calls };
}

export function testDeps(
  fake: FakeFetch,
  extra: Partial<ScholarDeps> & { settings?: Partial<ScholarSettings> } = {},
): ScholarDeps & { clock: ReturnType<typeof virtualClock> } {
  const clock = virtualClock();
  const cache = new MemoryScholarCache(clock.now);
  return {
    fetch: fake.fetch,
    cache,
    now: clock.now,
    sleep: clock.sleep,
    random: () => 0.5,
    clock,
    ...extra,
    settings: { baseUrls: TEST_BASE_URLS, ...extra.settings },
  };
}
