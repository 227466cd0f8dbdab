/**
 * The five scholarly APIs as a local fake, from the scenario fixtures in tests/fixtures/scholar/
 * (records in the real shapes; envelopes built here as the APIs document them). Used by the
 * unit tests (through a fake fetch) and, over HTTP, by e2e tests and the bench.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { closeServer } from './close-server';
import { SCENARIO_FIXTURES } from './fixtures';

export type MockMode = 'scenario' | 'empty' | '429' | '503' | 'hang';
export type MockFault = '429' | '503' | 'hang' | 'botcheck';
export type MockPrefix = 'openalex' | 'dblp' | 's2' | 'orcid' | 'crossref';

type J = Record<string, unknown>;
export interface ScenarioData {
  openalex: { authors: J[]; works: J[] };
  semanticscholar: { authors: J[]; papers: J[] };
  dblp: { hits: J[] };
  orcid: { records: Record<string, { person: J; works: J }> };
  crossref: { items: J[] };
}

export function emptyScenario(): ScenarioData {
  return {
    openalex: { authors: [], works: [] },
    semanticscholar: { authors: [], papers: [] },
    dblp: { hits: [] },
    orcid: { records: {} },
    crossref: { items: [] },
  };
}

/** Every scenario-*.json merged: the people are distinct, so one server serves them all. */
export function loadScenarios(): ScenarioData {
  const all = emptyScenario();
  for (const file of fs.readdirSync(SCENARIO_FIXTURES).filter((f) => /^scenario-.*\.json$/.test(f))) {
    const s = JSON.parse(fs.readFileSync(path.join(SCENARIO_FIXTURES, file), 'utf8')) as ScenarioData;
    all.openalex.authors.push(...s.openalex.authors);
    all.openalex.works.push(...s.openalex.works);
    all.semanticscholar.authors.push(...s.semanticscholar.authors);
    all.semanticscholar.papers.push(...s.semanticscholar.papers);
    all.dblp.hits.push(...s.dblp.hits);
    Object.assign(all.orcid.records, s.orcid.records);
    all.crossref.items.push(...s.crossref.items);
  }
  return all;
}

export interface MockRequest {
  method: string;
  url: string;
  body: string | null;
}
export interface MockReply {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const plain = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const words = (s: string): string[] => plain(s).split(' ').filter(Boolean);
/** Every word of the query occurs in the text: how the APIs' name searches behave closely enough. */
const allWordsIn = (q: string, text: string): boolean => {
  const have = new Set(words(text));
  return words(q).every((w) => have.has(w));
};

const json = (status: number, body: unknown, headers: Record<string, string> = {}): MockReply => ({
  status,
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});
const text = (status: number, body: string, type = 'text/plain'): MockReply => ({
  status,
  headers: { 'content-type': type },
  body,
});

function pick(record: J, select: string | null): J {
  if (!select) return record;
  return Object.fromEntries(select.split(',').map((f) => [f, record[f] ?? null]));
}

function openalex(p: string, q: URLSearchParams, data: ScenarioData): MockReply {
  const select = q.get('select');
  const list = (results: J[]): MockReply => {
    const perPage = Number(q.get('per_page') ?? 25);
    const cursor = q.get('cursor');
    const start = cursor && cursor !== '*' ? Number(cursor.replace('c', '')) : 0;
    const page = results.slice(start, start + perPage);
    const next = start + perPage < results.length ? `c${start + perPage}` : null;
    const meta = {
      count: results.length,
      db_response_time_ms: 5,
      page: cursor ? null : 1,
      per_page: perPage,
      groups_count: null,
    };
    return json(200, {
      meta: cursor ? { ...meta, next_cursor: next } : meta,
      results: page.map((r) => pick(r, select)),
      group_by: [],
    });
  };
  if (p === '/authors') {
    const search = q.get('search') ?? '';
    const hits = data.openalex.authors.filter((a) =>
      [a.display_name, ...((a.display_name_alternatives as string[]) ?? [])].some((n) =>
        allWordsIn(search, String(n)),
      ),
    );
    return list(hits.map((h) => ({ ...h, relevance_score: 100 })));
  }
  if (p === '/works') {
    const filter = q.get('filter') ?? '';
    const [field, values = ''] = filter.split(/:(.*)/s);
    const wanted = new Set(values.split('|').map((v) => v.toLowerCase()));
    if (field === 'author.id') {
      return list(
        data.openalex.works.filter((w) =>
          (w.authorships as J[]).some((a) =>
            wanted.has(
              String((a.author as J).id)
                .replace(/.*\//, '')
                .toLowerCase(),
            ),
          ),
        ),
      );
    }
    if (field === 'doi') {
      return list(
        data.openalex.works.filter((w) =>
          wanted.has(String(w.doi).replace('https://doi.org/', '').toLowerCase()),
        ),
      );
    }
    return list([]);
  }
  const doi = /^\/works\/doi:(.+)$/.exec(p)?.[1];
  if (doi) {
    const work = data.openalex.works.find(
      (w) => String(w.doi).toLowerCase() === `https://doi.org/${doi}`.toLowerCase(),
    );
    return work
      ? json(200, pick(work, select))
      : json(404, { error: 'Not Found', message: 'The requested resource was not found' });
  }
  return json(404, { error: 'Not Found', message: `no route ${p}` });
}

function s2(p: string, q: URLSearchParams, body: string | null, data: ScenarioData): MockReply {
  if (p === '/author/search') {
    const hits = data.semanticscholar.authors.filter((a) => allWordsIn(q.get('query') ?? '', String(a.name)));
    return json(200, { total: hits.length, offset: 0, data: hits });
  }
  if (p === '/paper/batch') {
    const ids = (JSON.parse(body ?? '{}') as { ids?: string[] }).ids ?? [];
    const papers = [
      ...data.semanticscholar.papers,
      ...data.semanticscholar.authors.flatMap((a) => a.papers as J[]),
    ];
    return json(
      200,
      ids.map((id) => {
        const [kind, value] = id.includes(':') ? id.split(/:(.*)/s) : ['', id];
        const field =
          kind?.toUpperCase() === 'DOI' ? 'DOI' : kind?.toUpperCase() === 'ARXIV' ? 'ArXiv' : null;
        return (
          papers.find((pp) =>
            field
              ? String((pp.externalIds as J)[field] ?? '').toLowerCase() === value?.toLowerCase()
              : pp.paperId === id,
          ) ?? null
        );
      }),
    );
  }
  if (p === '/paper/search/match') return json(404, { error: 'Title match not found' });
  return json(404, { error: `no route ${p}` });
}

function dblp(p: string, q: URLSearchParams, data: ScenarioData): MockReply {
  if (p !== '/search/publ/api' && p !== '/search/author/api') return text(404, 'Not Found');
  const query = q.get('q') ?? '';
  const hits =
    p === '/search/publ/api'
      ? data.dblp.hits.filter((h) => {
          const info = h.info as J;
          const authors = ([] as J[]).concat(((info.authors as J).author as J | J[]) ?? []);
          return allWordsIn(query, [info.title, info.venue, ...authors.map((a) => a.text)].join(' '));
        })
      : [];
  const n = String(hits.length);
  const envelope: J = { '@total': n, '@computed': n, '@sent': n, '@first': '0' };
  // DBLP's quirks: no hits → no `hit`; one hit → an object, not an array.
  if (hits.length === 1) envelope.hit = hits[0];
  else if (hits.length > 1) envelope.hit = hits;
  return json(200, {
    result: {
      query,
      status: { '@code': '200', text: 'OK' },
      time: { '@unit': 'msecs', text: '3.1' },
      completions: {},
      hits: envelope,
    },
  });
}

function orcid(p: string, data: ScenarioData): MockReply {
  const m = /^\/([\d-]{18}[\dX])\/(person|works)$/.exec(p);
  const record = m ? data.orcid.records[m[1]!] : undefined;
  if (!m || !record) {
    return json(404, {
      'response-code': 404,
      'developer-message': '404 Not Found: The resource was not found.',
      'user-message': 'The resource was not found.',
      'error-code': 9016,
    });
  }
  return json(200, m[2] === 'person' ? record.person : record.works);
}

function crossref(p: string, q: URLSearchParams, data: ScenarioData): MockReply {
  if (p === '/works') {
    const query = q.get('query.bibliographic') ?? q.get('query') ?? '';
    const want = new Set(words(query));
    const rows = Number(q.get('rows') ?? 20);
    const items = data.crossref.items.filter((it) => {
      const have = words(String((it.title as string[])[0] ?? ''));
      return have.filter((w) => want.has(w)).length >= Math.max(1, have.length * 0.6);
    });
    return json(200, {
      status: 'ok',
      'message-type': 'work-list',
      'message-version': '1.0.0',
      message: {
        facets: {},
        'total-results': items.length,
        items: items.slice(0, rows),
        'items-per-page': rows,
        query: { 'start-index': 0, 'search-terms': null },
      },
    });
  }
  const doi = /^\/works\/(.+)$/.exec(p)?.[1];
  const item =
    doi &&
    data.crossref.items.find((it) => String(it.DOI).toLowerCase() === decodeURIComponent(doi).toLowerCase());
  return item
    ? json(200, { status: 'ok', 'message-type': 'work', 'message-version': '1.0.0', message: item })
    : text(404, 'Resource not found.');
}

function failure(fault: MockFault, prefix: MockPrefix, retryAfter: number | undefined): MockReply | 'hang' {
  if (fault === 'hang') return 'hang';
  if (fault === 'botcheck')
    return text(200, '<!DOCTYPE html><html><body>Checking your browser…</body></html>', 'text/html');
  const reply = statusFault(fault, prefix);
  return retryAfter === undefined
    ? reply
    : { ...reply, headers: { ...reply.headers, 'retry-after': String(retryAfter) } };
}

/** A 503 or 429 as the mock imitates each API: the 503 names no Retry-After, S2's 429 asks for a second. */
function statusFault(fault: '429' | '503', prefix: MockPrefix): MockReply {
  if (fault === '503') return text(503, 'Service Unavailable');
  if (prefix === 's2')
    return json(
      429,
      {
        message: 'Too Many Requests. Please wait and try again or apply for a key for higher rate limits.',
        code: '429',
      },
      { 'retry-after': '1' },
    );
  if (prefix === 'crossref')
    return text(429, '<html><body><h1>Too Many Requests</h1></body></html>', 'text/html');
  return { status: 429, headers: { 'retry-after': '1' }, body: '' };
}

export interface RouteOptions {
  mode: MockMode;
  data: ScenarioData;
  faults?: Partial<Record<MockPrefix, MockFault>>;
  /** See startMockScholarServer. */
  faultRetryAfterSeconds?: number;
}

/** The answer to one request, or 'hang' for a server that never answers. */
export function routeScholar(req: MockRequest, opts: RouteOptions): MockReply | 'hang' {
  const url = new URL(req.url, 'http://mock');
  const m = /^\/(openalex|dblp|s2|orcid|crossref)(\/.*)?$/.exec(url.pathname);
  if (!m) return text(404, 'unknown API prefix');
  const prefix = m[1] as MockPrefix;
  const rest = m[2] ?? '/';
  const fault =
    opts.faults?.[prefix] ?? (opts.mode === 'scenario' || opts.mode === 'empty' ? undefined : opts.mode);
  if (fault) return failure(fault, prefix, opts.faultRetryAfterSeconds);
  const data = opts.mode === 'empty' ? emptyScenario() : opts.data;
  const q = url.searchParams;
  switch (prefix) {
    case 'openalex':
      return openalex(rest, q, data);
    case 's2':
      return s2(rest, q, req.body, data);
    case 'dblp':
      return dblp(rest, q, data);
    case 'orcid':
      return orcid(rest, data);
    case 'crossref':
      return crossref(rest, q, data);
  }
}

export interface MockScholarServer {
  /** e.g. http://127.0.0.1:PORT; append /openalex, /dblp, /s2, /orcid, /crossref. */
  url: string;
  /** The port it listens on: the one asked for, or the system's pick. */
  port: number;
  /** Requests answered (or left hanging) so far. */
  requests(): number;
  /** The CVLENS_*_URL variables that point the CLI at this server. */
  env(): Record<string, string>;
  /** Sends the answers of the held sources kept so far, and every later one at once. */
  release(): void;
  close(): Promise<void>;
}

export async function startMockScholarServer(options: {
  port?: number;
  mode: MockMode;
  faults?: Partial<Record<MockPrefix, MockFault>>;
  /**
   * The Retry-After every 503 and 429 sends, in place of the API's own (none, or a second). A wait
   * longer than a look-up's retry budget makes the client give the source up at its first answer,
   * as it would against a real server saying so: a test about what the reviewer sees of a failed
   * source then does not wait through seconds of backoff that the unit tests already time.
   */
  faultRetryAfterSeconds?: number;
  /**
   * APIs whose answers are kept until release(): a slow source among fast ones, as slow as the
   * test needs however busy the machine is (a fixed delay could run out before the test looked).
   */
  held?: readonly MockPrefix[];
}): Promise<MockScholarServer> {
  const data = loadScenarios();
  let count = 0;
  let holding = true;
  const heldAnswers: (() => void)[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      count++;
      const cors = {
        'access-control-allow-origin': '*',
        'access-control-allow-headers': 'content-type, x-api-key, accept',
        'access-control-allow-methods': 'GET, POST, OPTIONS',
      };
      if (req.method === 'OPTIONS') {
        res.writeHead(204, cors).end();
        return;
      }
      const body = chunks.length ? Buffer.concat(chunks).toString('utf8') : null;
      const reply = routeScholar(
        { method: req.method ?? 'GET', url: req.url ?? '/', body },
        {
          mode: options.mode,
          data,
          faults: options.faults,
          faultRetryAfterSeconds: options.faultRetryAfterSeconds,
        },
      );
      if (reply === 'hang') return; // keep the socket open: a server that never answers
      const prefix = /^\/(openalex|dblp|s2|orcid|crossref)\b/.exec(req.url ?? '')?.[1] as
        MockPrefix | undefined;
      const send = (): void => {
        if (!res.destroyed) res.writeHead(reply.status, { ...reply.headers, ...cors }).end(reply.body);
      };
      if (holding && prefix && options.held?.includes(prefix)) heldAnswers.push(send);
      else send();
    });
  });
  // A busy port rejects (EADDRINUSE) instead of crashing the process or waiting forever.
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    port,
    requests: () => count,
    env: () => ({
      CVLENS_OPENALEX_URL: `${url}/openalex`,
      CVLENS_DBLP_URL: `${url}/dblp`,
      CVLENS_S2_URL: `${url}/s2`,
      CVLENS_ORCID_URL: `${url}/orcid`,
      CVLENS_CROSSREF_URL: `${url}/crossref`,
    }),
    release: () => {
      holding = false;
      for (const send of heldAnswers.splice(0)) send();
    },
    close: () => closeServer(server),
  };
}
