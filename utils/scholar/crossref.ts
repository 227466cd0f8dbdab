import { doiPath, joinUrl, requestDoi } from './source-url';
import type { CvQuery, Json, ScholarSource, SourceContext, SourceFindings, SourceWork } from './source';
import { arr, bareDoi, num, obj, str } from './source';

const SELECT = 'DOI,title,author,container-title,issued,is-referenced-by-count,URL,type';

export function parseCrossrefWork(raw: Json): SourceWork | null {
  const w = obj(raw);
  const doi = bareDoi(str(w.DOI));
  const title = str(arr(w.title)[0]);
  if (!doi || !title) return null;
  const authors = arr(w.author).map((a) => [str(obj(a).given), str(obj(a).family)].filter(Boolean).join(' '));
  const issued = arr(arr(obj(w.issued)['date-parts'])[0]);
  return {
    source: 'crossref',
    id: doi,
    title,
    year: num(issued[0]),
    venues: arr(w['container-title'])
      .map(str)
      .filter((v): v is string => v !== null),
    doi,
    url: str(w.URL) ?? `https://doi.org/${doi}`,
    citations: num(w['is-referenced-by-count']),
    authors,
    authorIds: [],
  };
}

/**
 * The last resort for a few publications nobody else found: a DOI look-up, or one reference
 * match per title. The orchestrator hands it only the leftovers, within what the budget allows.
 * Every hit is returned: the orchestrator decides from its byline whether it is the person's
 * (a title alone is not proof) or someone else's paper of that title.
 */
export const crossref: ScholarSource = {
  id: 'crossref',
  minIntervalMs: 200,
  cap: 2,
  async find(query: CvQuery, ctx: SourceContext): Promise<SourceFindings> {
    const works: SourceWork[] = [];
    const answered: number[] = [];
    // Crossref's polite pool: the address goes on the request, not into the logged URL (the cache key).
    const mailto: Record<string, string> = ctx.settings.mailto ? { mailto: ctx.settings.mailto } : {};
    for (const pub of query.publications) {
      if (ctx.http.remaining() === 0) break;
      const doi = requestDoi(pub.doi);
      const [path, params]: [string, Record<string, string | number>] = doi
        ? [`/works/${doiPath(doi)}`, {}]
        : ['/works', { 'query.bibliographic': pub.title, rows: 3, select: SELECT }];
      const logUrl = joinUrl(ctx.base, path, params);
      const url = joinUrl(ctx.base, path, { ...params, ...mailto });
      const res = await ctx.http.request({ url, logUrl });
      // A 404 for a DOI is an answer too: Crossref has no such work.
      if (res.outcome === 'ok' || res.outcome === 'not-found') answered.push(pub.index);
      if (res.outcome !== 'ok') continue;
      const message = obj(obj(res.body).message);
      const items = doi ? [message] : arr(message.items);
      for (const raw of items) {
        const work = parseCrossrefWork(raw);
        if (work) works.push(work);
      }
    }
    return { candidates: [], works, answered };
  },
};
