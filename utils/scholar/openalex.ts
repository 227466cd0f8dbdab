import { joinUrl } from './settings';
import type {
  AuthorCandidate,
  CvQuery,
  Json,
  ScholarSource,
  SourceContext,
  SourceFindings,
  SourceWork,
} from './source';
import { arr, bareDoi, num, obj, str } from './source';
import { namesCanMatch } from '../names/match-names';

// OpenAlex prices calls (2026): singletons free, list/filter $0.0001, search $0.001.
export const OPENALEX_COST = { singleton: 0, list: 0.0001, search: 0.001 } as const;
const AUTHOR_FIELDS =
  'id,display_name,display_name_alternatives,orcid,works_count,cited_by_count,summary_stats,affiliations';
const WORK_FIELDS =
  'id,doi,display_name,publication_year,primary_location,locations,cited_by_count,authorships,type';
const MAX_CANDIDATES = 10;
const MAX_WORK_PAGES = 2;

function request(
  ctx: SourceContext,
  path: string,
  params: Record<string, string | number | null>,
  cost: number,
) {
  const logUrl = joinUrl(ctx.base, path, params);
  const key = ctx.settings.openalexApiKey;
  const url = key ? joinUrl(ctx.base, path, { ...params, api_key: key }) : logUrl;
  return ctx.http.request({ url, logUrl, costUsd: cost });
}

function shortId(id: string): string {
  return id.replace(/^https?:\/\/openalex\.org\//, '');
}

export function parseOpenAlexWork(raw: Json): SourceWork | null {
  const w = obj(raw);
  const id = str(w.id);
  const title = str(w.display_name) ?? str(w.title);
  if (!id || !title) return null;
  const venues = [w.primary_location, ...arr(w.locations)]
    .map((loc) => str(obj(obj(loc).source).display_name))
    .filter((v): v is string => v !== null);
  const authorships = arr(w.authorships).map(obj);
  return {
    source: 'openalex',
    id: shortId(id),
    title,
    year: num(w.publication_year),
    venues: [...new Set(venues)],
    doi: bareDoi(str(w.doi)),
    url: id,
    citations: num(w.cited_by_count),
    authors: authorships.map((a) => str(a.raw_author_name) ?? str(obj(a.author).display_name) ?? ''),
    authorIds: authorships.map((a) => shortId(str(obj(a.author).id) ?? '')),
  };
}

function parseAuthor(raw: Json): AuthorCandidate | null {
  const a = obj(raw);
  const id = str(a.id);
  const name = str(a.display_name);
  if (!id || !name) return null;
  const stats = obj(a.summary_stats);
  return {
    source: 'openalex',
    id: shortId(id),
    name,
    alternativeNames: arr(a.display_name_alternatives)
      .map(str)
      .filter((n): n is string => n !== null),
    url: id,
    affiliations: arr(a.affiliations)
      .map((af) => str(obj(obj(af).institution).display_name))
      .filter((n): n is string => n !== null),
    orcid: str(a.orcid)?.replace(/^https?:\/\/orcid\.org\//, '') ?? null,
    worksCount: num(a.works_count),
    citations: num(a.cited_by_count),
    hIndex: num(stats.h_index),
    i10: num(stats.i10_index),
    works: null,
  };
}

function recognised(candidate: AuthorCandidate, names: string[]): boolean {
  return [candidate.name, ...candidate.alternativeNames].some((n) => names.some((m) => namesCanMatch(n, m)));
}

/**
 * Author search under each name (the one priced call), then the works of every plausible
 * author id in one OR-filter with cursor paging, then the CV's DOIs in one batch.
 */
export const openAlex: ScholarSource = {
  id: 'openalex',
  minIntervalMs: 100,
  cap: 5,
  async find(query: CvQuery, ctx: SourceContext): Promise<SourceFindings> {
    const byId = new Map<string, AuthorCandidate>();
    for (const name of query.searchNames) {
      const res = await request(
        ctx,
        '/authors',
        { search: name, select: AUTHOR_FIELDS, per_page: 25 },
        OPENALEX_COST.search,
      );
      if (res.outcome !== 'ok') continue;
      for (const raw of arr(obj(res.body).results)) {
        const candidate = parseAuthor(raw);
        if (candidate && !byId.has(candidate.id) && recognised(candidate, query.allNames))
          byId.set(candidate.id, candidate);
      }
    }
    const candidates = [...byId.values()].slice(0, MAX_CANDIDATES);
    const works: SourceWork[] = [];
    if (candidates.length > 0) {
      for (const c of candidates) c.works = [];
      let cursor: string | null = '*';
      for (let page = 0; page < MAX_WORK_PAGES && cursor; page++) {
        const filter = `author.id:${candidates.map((c) => c.id).join('|')}`;
        const params = { filter, select: WORK_FIELDS, per_page: 100, cursor };
        const res = await request(ctx, '/works', params, OPENALEX_COST.list);
        if (res.outcome !== 'ok') break;
        const body = obj(res.body);
        for (const raw of arr(body.results)) {
          const work = parseOpenAlexWork(raw);
          if (!work) continue;
          for (const c of candidates) if (work.authorIds.includes(c.id)) c.works?.push(work);
        }
        cursor = str(obj(body.meta).next_cursor);
      }
    }
    const known = new Set(candidates.flatMap((c) => c.works ?? []).map((w) => w.doi));
    const dois = [...new Set(query.publications.map((p) => bareDoi(p.doi)))].filter(
      (d): d is string => d !== null && !known.has(d),
    );
    if (dois.length === 1) {
      // A singleton is free where a one-value filter is priced.
      const res = await request(
        ctx,
        `/works/doi:${dois[0]}`,
        { select: WORK_FIELDS },
        OPENALEX_COST.singleton,
      );
      const work = res.outcome === 'ok' ? parseOpenAlexWork(res.body) : null;
      if (work) works.push(work);
    } else if (dois.length > 1) {
      const params = { filter: `doi:${dois.slice(0, 100).join('|')}`, select: WORK_FIELDS, per_page: 100 };
      const res = await request(ctx, '/works', params, OPENALEX_COST.list);
      if (res.outcome === 'ok') {
        for (const raw of arr(obj(res.body).results)) {
          const work = parseOpenAlexWork(raw);
          if (work) works.push(work);
        }
      }
    }
    return { candidates, works };
  },
};
