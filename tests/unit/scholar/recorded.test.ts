/** The clients against responses recorded from the real APIs (tests/fixtures/scholar-api). */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MemoryScholarCache } from '../../../utils/scholar/cache';
import { parseCrossrefWork } from '../../../utils/scholar/crossref';
import { dblp } from '../../../utils/scholar/dblp';
import { SourceChannel, type RunContext } from '../../../utils/scholar/http';
import { parseOpenAlexWork } from '../../../utils/scholar/openalex';
import { orcid } from '../../../utils/scholar/orcid';
import { parseS2Paper } from '../../../utils/scholar/semantic-scholar';
import { resolveSettings } from '../../../utils/scholar/settings';
import type { CvQuery } from '../../../utils/scholar/source';
import { SCHOLAR_FIXTURES } from '../../support/fixtures';
import { virtualClock } from './helpers';

interface Interaction {
  request: { method: string; uri: string };
  response: { status: number; headers?: Record<string, string>; body: unknown };
}
const read = (file: string): unknown =>
  JSON.parse(fs.readFileSync(path.join(SCHOLAR_FIXTURES, file), 'utf8'));
const cassette = (file: string): Interaction[] => read(file) as Interaction[];

/** A fetch that answers with one recorded interaction whatever is asked. */
function replay(interaction: Interaction): typeof fetch {
  return (async () => {
    const { status, headers, body } = interaction.response;
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers });
  }) as typeof fetch;
}

function channel(
  source: 'dblp' | 'orcid' | 'semanticscholar' | 'crossref',
  fetchImpl: typeof fetch,
): SourceChannel {
  const clock = virtualClock();
  const ctx: RunContext = {
    fetch: fetchImpl,
    cache: new MemoryScholarCache(clock.now),
    settings: resolveSettings({}),
    now: clock.now,
    sleep: clock.sleep,
    random: () => 0,
    signal: undefined,
    log: () => undefined,
    sent: 0,
    calls: 0,
    deadline: clock.now() + 30_000,
  };
  return new SourceChannel(source, ctx, 0, 4);
}

const query = (names: string[], orcidId: string | null = null): CvQuery => ({
  searchNames: names,
  allNames: names,
  publications: [],
  organisations: [],
  orcid: orcidId,
});

describe('recorded responses', () => {
  it('OpenAlex work: title, year, venues, DOI, citations, bylines', () => {
    const work = parseOpenAlexWork(read('openalex-work.json'));
    expect(work).toMatchObject({
      id: 'W2741809807',
      year: 2018,
      doi: '10.7717/peerj.4375',
      title: expect.stringContaining('The state of OA'),
    });
    expect(work?.venues).toContain('PeerJ');
    expect(work?.authors.length).toBeGreaterThan(3);
    expect(work?.citations).toBeGreaterThan(0);
  });

  it('Semantic Scholar paper batch: one answer per id, in order; no title (fields=authors) → unusable', () => {
    const [interaction] = cassette('s2-paper-batch.json');
    const body = interaction!.response.body as Record<string, unknown>[];
    expect(body.map(parseS2Paper)).toEqual([null, null, null]);
    const papers = body.map((p) => parseS2Paper({ ...p, title: 'T' }));
    expect(papers[0]?.authors).toEqual(['Marianne Bertrand', 'E. Duflo', 'S. Mullainathan']);
    expect(papers.map((p) => p?.id)).toEqual([
      'c31c87c591a25c64fbaa82e8ac6a81831b6ac7ce',
      'cb1ebd913c3724c599f6b276b14b5c6253da68f3',
      '0f40b1f08821e22e859c6050916cec3667778613',
    ]);
  });

  it('Semantic Scholar 429 body: rate-limited after bounded retries', async () => {
    const [interaction] = cassette('s2-too-many-requests.json');
    const http = channel('semanticscholar', replay(interaction!));
    const url = 'https://api.semanticscholar.org/graph/v1/paper/search';
    const res = await http.request({ url, logUrl: url });
    expect(res.outcome).toBe('rate-limited');
    expect(http.status()).toBe('rate-limited');
  });

  it('DBLP publication search (2019 envelope, bare-string authors): works grouped by the matching author', async () => {
    const [interaction] = cassette('dblp-search-publ.json');
    const body = interaction!.response.body as {
      result: { hits: { hit: { info: { authors: unknown } }[] } };
    };
    const first = body.result.hits.hit[0]!.info.authors as { author: string | string[] };
    const name = ([] as string[]).concat(first.author)[0]!;
    const found = await dblp.find(query([name]), {
      http: channel('dblp', replay(interaction!)),
      settings: resolveSettings({}),
      base: 'https://dblp.org',
    });
    expect(found.candidates[0]?.name).toBe(name);
    expect(found.candidates[0]?.works?.[0]?.title).not.toMatch(/\.$/);
  });

  it("ORCID works: summaries with title, year, journal and DOI; the person's names", async () => {
    const works = cassette('orcid-works.json')[0]!;
    const person = cassette('orcid-person.json')[0]!;
    const fetchImpl = (async (url: string | URL | Request) =>
      replay(String(url).endsWith('/person') ? person : works)(url)) as typeof fetch;
    const found = await orcid.find(query([], '0000-0003-1444-9135'), {
      http: channel('orcid', fetchImpl),
      settings: resolveSettings({}),
      base: 'https://pub.orcid.org/v3.0',
    });
    const candidate = found.candidates[0]!;
    expect(candidate.alternativeNames.concat(candidate.name).join('|')).toMatch(/Carl/);
    expect(candidate.works?.length).toBeGreaterThan(5);
    expect(candidate.works?.some((w) => w.doi !== null && w.year !== null)).toBe(true);
  });

  it('Crossref works query: DOI, title, authors, container, year, citations', () => {
    const [interaction] = cassette('crossref-works-query.json');
    const items = (interaction!.response.body as { message: { items: unknown[] } }).message.items;
    const work = parseCrossrefWork(items[0]);
    expect(work?.doi).toMatch(/^10\./);
    expect(work?.title.length).toBeGreaterThan(3);
  });

  it('Crossref 404 is plain text: an answer ("nothing found"), not a failure', async () => {
    const [interaction] = cassette('crossref-not-found.json');
    const http = channel('crossref', replay(interaction!));
    const url = 'https://api.crossref.org/works/10.1371/x';
    const res = await http.request({ url, logUrl: url });
    expect(res.outcome).toBe('not-found');
    expect(http.status()).toBe('ok');
  });
});
