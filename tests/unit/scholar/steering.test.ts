/**
 * Inputs cannot steer requests: whatever DOI a CV holds, every request stays under its source's
 * base, and an API key reaches its own source's path and nothing else. Checked against a
 * request-logging stand-in server on 127.0.0.1, which sees exactly what a real API would.
 */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryScholarCache } from '../../../utils/scholar/cache';
import { crossref } from '../../../utils/scholar/crossref';
import { SourceChannel, type RunContext } from '../../../utils/scholar/http';
import { lookupScholar } from '../../../utils/scholar/lookup';
import { openAlex } from '../../../utils/scholar/openalex';
import { mockBaseUrls, resolveSettings } from '../../../utils/scholar/settings';
import type { CvPublication, CvQuery, SourceContext } from '../../../utils/scholar/source';
import { doiPath, isUnderBase, joinUrl, requestDoi } from '../../../utils/scholar/source-url';
import type { ScholarSettings, SourceId } from '../../../utils/scholar/types';
import { startLoggingServer, type LoggedRequest, type LoggingServer } from '../../support/logging-server';
import { networkClock, parsedSeed } from './helpers';

const HOSTILE_DOIS = [
  '10.1234/../../members?rows=1000',
  '10.1234/abc#fragment',
  '10.1234/a b',
  '10.1234/x\u0000y',
  'https://doi.org/10.1234/..%2f..%2fmembers',
  '10.1234/./members',
  '10.1234/x/.',
];
/** Percent signs are fine in a DOI: encoded, `%2e%2e` stays text, never a dot segment. */
const ENCODED_DOTS_DOI = '10.1234/%2e%2e/%2e%2e/members';
/** A real-world DOI with characters that must be encoded in a path. */
const SICI_DOI = '10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-O';
const OPENALEX_KEY = 'OPENALEX-SECRET-KEY';
const S2_KEY = 'S2-SECRET-KEY';

const servers: LoggingServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function server(...args: Parameters<typeof startLoggingServer>): Promise<LoggingServer> {
  const started = await startLoggingServer(...args);
  servers.push(started);
  return started;
}

function runContext(settings: Partial<ScholarSettings>): RunContext {
  const net = networkClock();
  return {
    fetch: net.fetch,
    cache: new MemoryScholarCache(net.now),
    settings: resolveSettings(settings),
    now: net.now,
    sleep: net.sleep,
    random: () => 0,
    signal: undefined,
    log: () => undefined,
    sent: 0,
    calls: 0,
    deadline: net.now() + 60_000,
  };
}

function sourceContext(id: SourceId, ctx: RunContext): SourceContext {
  return { http: new SourceChannel(id, ctx, 0, 20), settings: ctx.settings, base: ctx.settings.baseUrls[id] };
}

function publication(index: number, doi: string): CvPublication {
  return {
    index,
    title: `Paper number ${index}`,
    year: 2020,
    venue: null,
    kind: 'journal',
    doi,
    arxiv: null,
    coauthors: [],
  };
}

function query(dois: string[]): CvQuery {
  return {
    searchNames: [],
    allNames: ['Ada Lovelace'],
    publications: dois.map((d, i) => publication(i, d)),
    organisations: [],
    orcid: null,
  };
}

/** The request's path as a server that decodes before it normalises would read it. */
function decodedPath(request: LoggedRequest): string {
  const rawPath = request.target.split('?')[0]!;
  return path.posix.normalize(decodeURIComponent(rawPath));
}

function expectUnder(request: LoggedRequest, prefix: string): void {
  expect(request.target.startsWith(prefix), request.target).toBe(true);
  expect(new URL(request.target, 'http://127.0.0.1').pathname.startsWith(prefix)).toBe(true);
  expect(decodedPath(request).startsWith(prefix), request.target).toBe(true);
}

describe('DOIs that would steer a request', () => {
  it('are refused before they enter a path; sound ones are encoded per segment', () => {
    for (const doi of HOSTILE_DOIS) expect(requestDoi(doi), doi).toBeNull();
    expect(requestDoi('not a doi')).toBeNull();
    expect(requestDoi('https://doi.org/10.1000/XYZ123')).toBe('10.1000/xyz123');
    expect(doiPath(requestDoi(SICI_DOI)!)).toBe(
      '10.1002/(sici)1097-4571(199806)49%3A8%3C693%3A%3Aaid-asi4%3E3.0.co%3B2-o',
    );
    expect(doiPath(ENCODED_DOTS_DOI)).toBe('10.1234/%252e%252e/%252e%252e/members');
  });

  it('the URL builder refuses anything that leaves the base', () => {
    const base = 'http://127.0.0.1:9/crossref';
    expect(() => joinUrl(base, '/works/10.1234/../../members', {})).toThrow(/not under/);
    expect(() => joinUrl(base, '/works/10.1234/x?rows=1000', {})).toThrow(/not under/);
    expect(() => joinUrl(base, '/works/10.1234/x#y', {})).toThrow(/not under/);
    expect(() => joinUrl(base, '/works/%2e%2e/%2e%2e/x', {})).toThrow(/not under/);
    expect(() => joinUrl(base, '/works/..%2f..%2fx', {})).toThrow(/not under/);
    expect(() => joinUrl(base, '@evil.test/x', {})).toThrow(/not under/);
    expect(joinUrl(base, '/works', { q: "O'Brien ?#/../" })).toBe(`${base}/works?q=O'Brien%20%3F%23%2F..%2F`);
    expect(isUnderBase('http://127.0.0.1:9/crossrefx/works', base)).toBe(false);
    expect(isUnderBase('http://127.0.0.1:10/crossref/works', base)).toBe(false);
    expect(isUnderBase('http://127.0.0.1:9/crossref', base)).toBe(true);
  });

  it('Crossref: a hostile DOI becomes a title search; every request stays under /crossref/works', async () => {
    const api = await server();
    const ctx = runContext({ baseUrls: mockBaseUrls(api.origin), mailto: 'me@example.org' });
    const found = await crossref.find(
      query([...HOSTILE_DOIS, ENCODED_DOTS_DOI, SICI_DOI]),
      sourceContext('crossref', ctx),
    );
    expect(found.answered).toHaveLength(HOSTILE_DOIS.length + 2);
    expect(api.requests).toHaveLength(HOSTILE_DOIS.length + 2);
    for (const request of api.requests) {
      expectUnder(request, '/crossref/works');
      expect(request.target).not.toMatch(/rows=1000|#/);
    }
    const titleSearches = api.requests.filter((r) => r.target.includes('query.bibliographic='));
    expect(titleSearches).toHaveLength(HOSTILE_DOIS.length);
    expect(api.requests.map((r) => r.target)).toContain(
      '/crossref/works/10.1234/%252e%252e/%252e%252e/members?mailto=me%40example.org',
    );
    expect(api.requests.map((r) => r.target)).toContain(
      `/crossref/works/${doiPath(requestDoi(SICI_DOI)!)}?mailto=me%40example.org`,
    );
  });

  it('OpenAlex: a hostile DOI is never asked for; a sound one goes to its own singleton path', async () => {
    const api = await server();
    const ctx = runContext({ baseUrls: mockBaseUrls(api.origin), openalexApiKey: OPENALEX_KEY });
    await openAlex.find(query([HOSTILE_DOIS[0]!]), sourceContext('openalex', ctx));
    expect(api.requests).toEqual([]);
    await openAlex.find(query([SICI_DOI]), sourceContext('openalex', ctx));
    expect(api.requests).toHaveLength(1);
    expectUnder(api.requests[0]!, '/openalex/works/doi:10.1002/');
    expect(api.requests[0]!.target).toContain(`api_key=${OPENALEX_KEY}`);
  });
});

describe('a whole look-up with hostile DOIs and both API keys', () => {
  it('sends nothing outside the sources’ paths, and each key only to its own source', async () => {
    const api = await server();
    const profile = parsedSeed('hayou');
    [...HOSTILE_DOIS, SICI_DOI].forEach((doi, i) => (profile.publications[i]!.doi = doi));
    const net = networkClock();
    await lookupScholar(profile, {
      fetch: net.fetch,
      cache: new MemoryScholarCache(net.now),
      now: net.now,
      sleep: net.sleep,
      random: () => 0.5,
      settings: {
        baseUrls: mockBaseUrls(api.origin),
        openalexApiKey: OPENALEX_KEY,
        s2ApiKey: S2_KEY,
        maxRequests: 30,
      },
    });
    const prefixes = ['/openalex/', '/s2/', '/dblp/', '/orcid/', '/crossref/'];
    expect(api.requests.length).toBeGreaterThan(4);
    for (const request of api.requests) {
      const prefix = prefixes.find((p) => request.target.startsWith(p));
      expect(prefix, request.target).toBeDefined();
      expectUnder(request, prefix!);
      expect(`${request.target} ${request.body}`).not.toMatch(/members|rows=1000|#|\.\.\//);
    }
    const carrying = (key: string) =>
      api.requests.filter((r) => `${r.target} ${JSON.stringify(r.headers)}`.includes(key));
    expect(carrying(OPENALEX_KEY).length).toBeGreaterThan(0);
    expect(carrying(OPENALEX_KEY).every((r) => r.target.startsWith('/openalex/'))).toBe(true);
    expect(carrying(S2_KEY).length).toBeGreaterThan(0);
    expect(
      carrying(S2_KEY).every((r) => r.target.startsWith('/s2/') && r.headers['x-api-key'] === S2_KEY),
    ).toBe(true);
    // The sound DOI was still looked up.
    expect(api.requests.some((r) => `${r.target} ${r.body}`.includes('(sici)1097-4571'))).toBe(true);
  });

  it('a redirect never carries a key to another host; keyless requests still follow redirects', async () => {
    const elsewhere = await server();
    const redirectAll = (request: LoggedRequest, response: import('node:http').ServerResponse): void => {
      // 307 keeps the method and body, as a server sending a POST elsewhere would.
      response.writeHead(307, { location: `${elsewhere.origin}/collect${request.target}` });
      response.end();
    };
    const api = await server(redirectAll);
    const run = async (keys: Partial<ScholarSettings>) => {
      const net = networkClock();
      return lookupScholar(parsedSeed('hayou'), {
        fetch: net.fetch,
        cache: new MemoryScholarCache(net.now),
        now: net.now,
        sleep: net.sleep,
        random: () => 0.5,
        settings: { baseUrls: mockBaseUrls(api.origin), ...keys },
      });
    };
    const keyed = await run({ openalexApiKey: OPENALEX_KEY, s2ApiKey: S2_KEY });
    expect(api.requests.some((r) => r.target.includes(OPENALEX_KEY))).toBe(true);
    expect(api.requests.some((r) => r.headers['x-api-key'] === S2_KEY)).toBe(true);
    const leaked = elsewhere.requests.filter((r) =>
      `${r.target} ${JSON.stringify(r.headers)}`.match(new RegExp(`${OPENALEX_KEY}|${S2_KEY}`)),
    );
    expect(leaked).toEqual([]);
    expect(elsewhere.requests.some((r) => r.target.startsWith('/collect/openalex/'))).toBe(false);
    expect(elsewhere.requests.some((r) => r.target.startsWith('/collect/s2/'))).toBe(false);
    expect(keyed.sources.openalex).toBe('error');
    expect(keyed.sources.semanticscholar).toBe('error');
    // Without keys the same redirects are followed: the stand-in really does redirect.
    await run({});
    expect(elsewhere.requests.some((r) => r.target.startsWith('/collect/openalex/'))).toBe(true);
    expect(elsewhere.requests.some((r) => r.target.startsWith('/collect/s2/'))).toBe(true);
  });
});
