/** Test helpers for the scholar stage: the parsed seeds, a fake fetch over the scenario routes. */
import { profileFromHtml } from '../../../utils/profile/profile-from-html';
import type { Profile } from '../../../utils/model/profile';
import { MemoryScholarCache } from '../../../utils/scholar/cache';
import type { ScholarDeps, ScholarSettings, SourceId } from '../../../utils/model/scholar';
import { readFixture, type SeedId } from '../../support/fixtures';
import { loadScenarios, routeScholar, type RouteOptions } from '../../support/mock-scholar-server';

const parsedSeeds = new Map<SeedId, Profile>();

/**
 * The seed CV as the real pipeline parses it from its HTML page. Parsed once per worker (tests call
 * this dozens of times); each call gets its own copy, so a test may change it freely.
 */
export function parsedSeed(id: SeedId): Profile {
  let profile = parsedSeeds.get(id);
  if (!profile) {
    profile = profileFromHtml(readFixture(`seeds/html/${id}.html`), `https://example.org/${id}.html`);
    parsedSeeds.set(id, profile);
  }
  return structuredClone(profile);
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

/** Statuses whose Response must have no body. */
const NULL_BODY_STATUSES = new Set([204, 205, 304]);

/**
 * The virtual clock for code that talks to a real local server: a sleep costs no real time, but
 * it ends only once the requests in flight are answered (or, for a server that never answers,
 * after `graceMs` of real time), so a real answer still beats a timeout as it would on a real
 * clock while back-off waits and timeouts pass at once.
 */
export function networkClock(graceMs = 1000) {
  const clock = virtualClock();
  const inFlight = new Set<Promise<Response>>();
  const trackedFetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    // The body is read inside the tracked span: the caller's timeout covers headers and body alike.
    const answered = (async () => {
      const response = await fetch(input, init);
      const body = await response.arrayBuffer();
      return new Response(NULL_BODY_STATUSES.has(response.status) ? null : body, {
        status: response.status,
        headers: response.headers,
      });
    })();
    inFlight.add(answered);
    const forget = (): void => void inFlight.delete(answered);
    answered.then(forget, forget);
    return answered;
  };
  const sleep = async (ms: number, signal?: AbortSignal): Promise<void> => {
    // A timeout's sleep starts just before its request is sent: let the request begin first.
    await new Promise((resolve) => setImmediate(resolve));
    const giveUpAt = Date.now() + graceMs;
    while (inFlight.size > 0 && !signal?.aborted && Date.now() < giveUpAt) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await clock.sleep(ms, signal);
  };
  return { fetch: trackedFetch as typeof fetch, now: clock.now, sleep, clock };
}

export interface FakeFetch {
  fetch: typeof fetch;
  calls: { method: string; url: string; body: string | null; headers: Record<string, string> }[];
}

/** Routes every request to the mock APIs; counts requests; 'hang' waits for the abort signal. */
export function fakeFetch(options: Partial<RouteOptions> = {}): FakeFetch {
  const opts: RouteOptions = { mode: 'scenario', data: loadScenarios(), ...options };
  const calls: FakeFetch['calls'] = [];
  const impl = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = String(input);
    const body = typeof init?.body === 'string' ? init.body : null;
    calls.push({
      method: init?.method ?? 'GET',
      url,
      body,
      headers: Object.fromEntries(new Headers(init?.headers)),
    });
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
