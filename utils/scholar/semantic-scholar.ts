import { joinUrl, requestDoi } from './source-url';
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

const PAPER_FIELDS = 'title,year,venue,citationCount,externalIds,url,authors';
// Author search can return each author's papers in the same call, which spares a request per author.
const AUTHOR_FIELDS =
  'name,url,affiliations,paperCount,citationCount,hIndex,externalIds,' +
  'papers.title,papers.year,papers.venue,papers.citationCount,papers.externalIds,papers.url,papers.authors';

function headers(ctx: SourceContext, json: boolean): Record<string, string> {
  const h: Record<string, string> = {};
  if (ctx.settings.s2ApiKey) h['x-api-key'] = ctx.settings.s2ApiKey;
  if (json) h['content-type'] = 'application/json';
  return h;
}

export function parseS2Paper(raw: Json): SourceWork | null {
  const p = obj(raw);
  const id = str(p.paperId);
  const title = str(p.title);
  if (!id || !title) return null;
  const ids = obj(p.externalIds);
  const authors = arr(p.authors).map(obj);
  return {
    source: 'semanticscholar',
    id,
    title,
    year: num(p.year),
    venues: [str(p.venue), ids.ArXiv ? 'arXiv' : null].filter((v): v is string => !!v),
    doi: bareDoi(str(ids.DOI)),
    url: str(p.url) ?? `https://www.semanticscholar.org/paper/${id}`,
    citations: num(p.citationCount),
    authors: authors.map((a) => str(a.name) ?? ''),
    authorIds: authors.map((a) => str(a.authorId) ?? ''),
  };
}

function parseAuthor(raw: Json): AuthorCandidate | null {
  const a = obj(raw);
  const id = str(a.authorId);
  const name = str(a.name);
  if (!id || !name) return null;
  // The aliases field is gone; DBLP's spellings survive in externalIds.DBLP.
  const dblpNames = arr(obj(a.externalIds).DBLP)
    .map(str)
    .filter((n): n is string => n !== null);
  const papers = a.papers === undefined ? null : arr(a.papers);
  return {
    source: 'semanticscholar',
    id,
    name,
    alternativeNames: dblpNames.filter((n) => n !== name),
    url: str(a.url) ?? `https://www.semanticscholar.org/author/${id}`,
    affiliations: arr(a.affiliations)
      .map(str)
      .filter((n): n is string => n !== null),
    orcid: null,
    worksCount: num(a.paperCount),
    citations: num(a.citationCount),
    hIndex: num(a.hIndex),
    i10: null,
    works: papers?.map(parseS2Paper).filter((w): w is SourceWork => w !== null) ?? null,
  };
}

/** Author search per name with papers inline, then one POST /paper/batch for the CV's DOIs and arXiv ids. */
export const semanticScholar: ScholarSource = {
  id: 'semanticscholar',
  // Unauthenticated calls share one pool; with a key the introductory rate is 1 request/s.
  minIntervalMs: 1100,
  cap: 3,
  async find(query: CvQuery, ctx: SourceContext): Promise<SourceFindings> {
    const byId = new Map<string, AuthorCandidate>();
    for (const name of query.searchNames) {
      const url = joinUrl(ctx.base, '/author/search', { query: name, fields: AUTHOR_FIELDS, limit: 10 });
      const res = await ctx.http.request({
        url,
        logUrl: url,
        headers: headers(ctx, false),
        keyed: Boolean(ctx.settings.s2ApiKey),
      });
      if (res.outcome !== 'ok') continue;
      for (const raw of arr(obj(res.body).data)) {
        const c = parseAuthor(raw);
        const names = c ? [c.name, ...c.alternativeNames] : [];
        if (c && !byId.has(c.id) && names.some((n) => query.allNames.some((m) => namesCanMatch(n, m)))) {
          byId.set(c.id, c);
        }
      }
    }
    const ids = query.publications
      .map((p) => {
        const doi = requestDoi(p.doi);
        return doi ? `DOI:${doi}` : p.arxiv ? `ARXIV:${p.arxiv}` : null;
      })
      .filter((id): id is string => id !== null);
    const works: SourceWork[] = [];
    if (ids.length > 0) {
      const url = joinUrl(ctx.base, '/paper/batch', { fields: PAPER_FIELDS });
      const body = JSON.stringify({ ids: [...new Set(ids)].slice(0, 500) });
      const res = await ctx.http.request({
        url,
        logUrl: url,
        method: 'POST',
        body,
        headers: headers(ctx, true),
        keyed: Boolean(ctx.settings.s2ApiKey),
      });
      if (res.outcome === 'ok') {
        for (const raw of arr(res.body)) {
          const work = raw === null ? null : parseS2Paper(raw);
          if (work) works.push(work);
        }
      }
    }
    return { candidates: [...byId.values()], works };
  },
};
