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

const ACCEPT = { accept: 'application/json' };
/** An ORCID iD: four groups of four digits, the last ending in a check digit or X. */
const ORCID_ID = /^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/;

function value(node: Json): string | null {
  return str(obj(node).value);
}

function parseWorks(body: Json, orcid: string): SourceWork[] {
  const works: SourceWork[] = [];
  for (const group of arr(obj(body).group)) {
    // Each group is one work as several sources deposited it; the first summary stands for it.
    const summary = obj(arr(obj(group)['work-summary'])[0]);
    const title = value(obj(summary.title).title);
    const putCode = str(summary['put-code']);
    if (!title || !putCode) continue;
    const doi = arr(obj(summary['external-ids'])['external-id'])
      .map(obj)
      .find((id) => str(id['external-id-type']) === 'doi');
    works.push({
      source: 'orcid',
      id: `${orcid}/work/${putCode}`,
      title,
      year: num(value(obj(summary['publication-date']).year)),
      venues: [value(summary['journal-title'])].filter((v): v is string => v !== null),
      doi: bareDoi(doi ? str(doi['external-id-value']) : null),
      url: `https://orcid.org/${orcid}`,
      citations: null,
      authors: [],
      authorIds: [orcid],
    });
  }
  return works;
}

/**
 * Only asked when an ORCID iD is known (the CV links one, or a chosen OpenAlex record has one):
 * the person's own names (credit-name, other-names) confirm variants, and the works list helps
 * verify titles. A name search would return ids only and cost a request per id.
 */
export const orcid: ScholarSource = {
  id: 'orcid',
  minIntervalMs: 50,
  cap: 2,
  async find(query: CvQuery, ctx: SourceContext): Promise<SourceFindings> {
    const id = query.orcid;
    // The iD may come from another source's record: only a well-formed one goes into a path.
    if (!id || !ORCID_ID.test(id)) return { candidates: [], works: [] };
    const personUrl = joinUrl(ctx.base, `/${id}/person`, {});
    const person = await ctx.http.request({ url: personUrl, logUrl: personUrl, headers: ACCEPT });
    if (person.outcome !== 'ok') return { candidates: [], works: [] };
    const p = obj(person.body);
    const name = obj(p.name);
    const given = value(name['given-names']);
    const family = value(name['family-name']);
    const full = [given, family].filter(Boolean).join(' ');
    const others = arr(obj(p['other-names'])['other-name'])
      .map((o) => str(obj(o).content))
      .filter((n): n is string => n !== null);
    const credit = value(name['credit-name']);
    const worksUrl = joinUrl(ctx.base, `/${id}/works`, {});
    const worksRes = await ctx.http.request({ url: worksUrl, logUrl: worksUrl, headers: ACCEPT });
    const candidate: AuthorCandidate = {
      source: 'orcid',
      id,
      name: credit ?? full,
      alternativeNames: [...new Set([full, ...others].filter((n) => n && n !== (credit ?? full)))],
      url: `https://orcid.org/${id}`,
      affiliations: [],
      orcid: id,
      worksCount: null,
      citations: null,
      hIndex: null,
      i10: null,
      works: worksRes.outcome === 'ok' ? parseWorks(worksRes.body, id) : null,
    };
    return { candidates: [candidate], works: [] };
  },
};
