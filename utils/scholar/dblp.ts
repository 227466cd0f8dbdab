import { joinUrl } from './source-url';
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

/** DBLP numbers homonyms: "Di Xu 0001". */
export function stripHomonymNumber(name: string): string {
  return name.replace(/\s+\d{4}$/, '');
}

interface DblpAuthor {
  pid: string | null;
  name: string;
}

function parseAuthors(value: Json): DblpAuthor[] {
  // Older answers give bare strings; newer ones {"@pid", "text"}.
  return arr(obj(value).author).map((a) =>
    typeof a === 'string'
      ? { pid: null, name: a }
      : { pid: str(obj(a)['@pid']), name: str(obj(a).text) ?? '' },
  );
}

function parseHit(raw: Json): (SourceWork & { dblpAuthors: DblpAuthor[] }) | null {
  const info = obj(obj(raw).info);
  const key = str(info.key);
  const title = str(info.title);
  if (!key || !title) return null;
  const authors = parseAuthors(info.authors);
  const venue = arr(info.venue)
    .map(str)
    .filter((v): v is string => v !== null);
  return {
    source: 'dblp',
    id: key,
    title: title.replace(/\.$/, ''),
    year: num(info.year),
    venues: venue,
    doi: bareDoi(str(info.doi)),
    url: str(info.url) ?? `https://dblp.org/rec/${key}`,
    citations: null,
    authors: authors.map((a) => stripHomonymNumber(a.name)),
    authorIds: authors.map((a) => a.pid ?? ''),
    dblpAuthors: authors,
  };
}

/**
 * One publication search per name: its hits carry each author's pid, so the person records and
 * their works come from the same call. DBLP asks for 1–2 s between calls.
 */
export const dblp: ScholarSource = {
  id: 'dblp',
  minIntervalMs: 1500,
  cap: 2,
  async find(query: CvQuery, ctx: SourceContext): Promise<SourceFindings> {
    const byPid = new Map<string, AuthorCandidate>();
    for (const name of query.searchNames) {
      const url = joinUrl(ctx.base, '/search/publ/api', { q: name, format: 'json', h: 1000 });
      const res = await ctx.http.request({ url, logUrl: url });
      if (res.outcome !== 'ok') continue;
      const hits = arr(obj(obj(obj(res.body).result).hits).hit);
      for (const raw of hits) {
        const hit = parseHit(raw);
        if (!hit) continue;
        const { dblpAuthors, ...work } = hit;
        for (const author of dblpAuthors) {
          const plainName = stripHomonymNumber(author.name);
          if (!query.allNames.some((n) => namesCanMatch(plainName, n))) continue;
          const pid = author.pid ?? `name:${author.name}`;
          let candidate = byPid.get(pid);
          if (!candidate) {
            candidate = {
              source: 'dblp',
              id: pid,
              name: author.name,
              alternativeNames: [],
              url: author.pid
                ? `https://dblp.org/pid/${author.pid}`
                : `https://dblp.org/search?q=${encodeURIComponent(author.name)}`,
              affiliations: [],
              orcid: null,
              worksCount: null,
              citations: null,
              hIndex: null,
              i10: null,
              works: [],
            };
            byPid.set(pid, candidate);
          }
          if (!candidate.works?.some((w) => w.id === work.id)) candidate.works?.push(work);
          // One pid under two names is DBLP saying the names are one person.
          if (author.name !== candidate.name && !candidate.alternativeNames.includes(author.name)) {
            candidate.alternativeNames.push(author.name);
          }
        }
      }
    }
    return { candidates: [...byPid.values()], works: [] };
  },
};
