import { doiPath, joinUrl, requestDoi } from './source-url';
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
import { sameOrganisation } from './resolve-authors';

// OpenAlex prices calls (2026): singletons free, list/filter $0.0001, search $0.001.
export const OPENALEX_COST = { singleton: 0, list: 0.0001, search: 0.001 } as const;
const AUTHOR_FIELDS =
  'id,display_name,display_name_alternatives,orcid,works_count,cited_by_count,summary_stats,affiliations';
const WORK_FIELDS =
  'id,doi,display_name,publication_year,primary_location,locations,cited_by_count,authorships,type';
const MAX_CANDIDATES = 10;
// The first 100 works of a record: enough to see whether the CV's papers are among them.
const WORKS_PER_RECORD = 100;
/** An author record id as OpenAlex writes them; anything else stays out of a filter it could extend. */
const AUTHOR_ID = /^A\d+$/;
/** Characters that separate values (`|`) and filters (`,`) in an OpenAlex filter. */
const FILTER_SYNTAX = /[|,]/;

function request(
  ctx: SourceContext,
  path: string,
  params: Record<string, string | number | null>,
  cost: number,
) {
  const logUrl = joinUrl(ctx.base, path, params);
  // The key and the contact address stay out of the logged URL, which is also the cache key.
  const extra: Record<string, string> = {};
  if (ctx.settings.openalexApiKey) extra.api_key = ctx.settings.openalexApiKey;
  if (ctx.settings.mailto) extra.mailto = ctx.settings.mailto;
  const url = Object.keys(extra).length > 0 ? joinUrl(ctx.base, path, { ...params, ...extra }) : logUrl;
  return ctx.http.request({ url, logUrl, costUsd: cost, keyed: extra.api_key !== undefined });
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
 * Author search under each name (the one priced call), then the works of each plausible author
 * record, then the CV's DOIs in one batch.
 */
export const openAlex: ScholarSource = {
  id: 'openalex',
  minIntervalMs: 100,
  // Two searches, a works list per candidate record, the DOI batch.
  cap: 6,
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
    // When the budget cannot fetch every record's works, records at one of the CV's
    // organisations go first; otherwise the API's order stands.
    const atCvOrganisation = (c: AuthorCandidate): boolean =>
      c.affiliations.some((a) => query.organisations.some((o) => sameOrganisation(o, a)));
    const candidates = [...byId.values()]
      .map((c, i) => ({ c, i, near: atCvOrganisation(c) }))
      .sort((a, b) => Number(b.near) - Number(a.near) || a.i - b.i)
      .map(({ c }) => c)
      .slice(0, MAX_CANDIDATES);
    const dois = new Set(
      query.publications
        .map((p) => requestDoi(p.doi))
        .filter((d): d is string => d !== null && !FILTER_SYNTAX.test(d)),
    );
    // Each record gets its own fetch: one shared OR-filter lets a prolific namesake listed first
    // fill the pages and push the real person's works out. The DOI batch keeps one request.
    for (const c of candidates) {
      if (ctx.http.remaining() <= (dois.size > 0 ? 1 : 0)) break; // the rest stay unfetched: undetermined
      if (!AUTHOR_ID.test(c.id)) continue;
      const params = { filter: `author.id:${c.id}`, select: WORK_FIELDS, per_page: WORKS_PER_RECORD };
      const res = await request(ctx, '/works', params, OPENALEX_COST.list);
      if (res.outcome !== 'ok') continue;
      c.works = arr(obj(res.body).results)
        .map(parseOpenAlexWork)
        .filter((w): w is SourceWork => w !== null && w.authorIds.includes(c.id));
    }
    const works: SourceWork[] = [];
    const known = new Set(candidates.flatMap((c) => c.works ?? []).map((w) => w.doi));
    const missing = [...dois].filter((d) => !known.has(d));
    if (missing.length === 1) {
      // A singleton is free where a one-value filter is priced.
      const res = await request(
        ctx,
        `/works/doi:${doiPath(missing[0]!)}`,
        { select: WORK_FIELDS },
        OPENALEX_COST.singleton,
      );
      const work = res.outcome === 'ok' ? parseOpenAlexWork(res.body) : null;
      if (work) works.push(work);
    } else if (missing.length > 1) {
      const params = { filter: `doi:${missing.slice(0, 100).join('|')}`, select: WORK_FIELDS, per_page: 100 };
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
