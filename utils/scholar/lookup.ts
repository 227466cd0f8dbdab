import { namesCanMatch } from '../names/match-names';
import type { Profile } from '../model/profile';
import { crossref } from './crossref';
import { buildQuery } from './cv-query';
import { dblp } from './dblp';
import { realSleep, SourceChannel, type RunContext } from './http';
import { ANSWERED } from './checked';
import { SOURCE_NAMES } from './labels';
import { countFound, matchPublication } from './match-publications';
import { mergedMetrics, sourceMetrics } from './metrics';
import { openAlex } from './openalex';
import { orcid } from './orcid';
import { resolveCandidate, STRONG, type Resolution } from './resolve-authors';
import { semanticScholar } from './semantic-scholar';
import { resolveSettings } from './settings';
import type { AuthorCandidate, CvQuery, ScholarSource, SourceFindings, SourceWork } from './source';
import { EMPTY_FINDINGS } from './source';
import type { ConfirmedVariant, ScholarDeps, ScholarPart, SourceId, SourceStatus } from '../model/scholar';
import { SCHOLAR_PART_VERSION, SOURCE_IDS } from '../model/scholar';

/** Every source, registered in one place. */
export const SOURCES: Record<SourceId, ScholarSource> = {
  openalex: openAlex,
  dblp,
  semanticscholar: semanticScholar,
  orcid,
  crossref,
};
const FIRST_ROUND: SourceId[] = ['openalex', 'semanticscholar', 'dblp'];
const ORDER: SourceId[] = ['openalex', 'semanticscholar', 'dblp', 'orcid', 'crossref'];

/**
 * Whether a work is the candidate's: one of its author ids belongs to an accepted record of its
 * source, or its byline carries one of the candidate's names. Works found by DOI or title are
 * never the candidate's on that alone.
 */
export function authoredBy(work: SourceWork, acceptedIds: Set<string>, names: string[]): boolean {
  if (work.authorIds.some((id) => id && acceptedIds.has(`${work.source}:${id}`))) return true;
  return work.authors.some((a) => a.trim() && names.some((n) => namesCanMatch(a, n)));
}

/**
 * The ORCID record: the person's own when the CV links it. When the iD came from another
 * record, it must carry one of the CV's names, and a works list that is not empty must show
 * some of the CV's works (an empty ORCID record is common and says nothing against it).
 */
function resolveOrcid(candidate: AuthorCandidate, query: CvQuery, from: Resolution | undefined): Resolution {
  const own = resolveCandidate(candidate, query);
  if (query.orcid === candidate.id) {
    return { ...own, accepted: true, confidence: 0.95, reason: 'ORCID iD linked from the CV' };
  }
  const via = from ? `${SOURCE_NAMES[from.candidate.source]} record ${from.candidate.id}` : 'another record';
  const named = [candidate.name, ...candidate.alternativeNames].some((n) =>
    query.allNames.some((m) => namesCanMatch(n, m)),
  );
  const works = candidate.works ?? [];
  if (!named)
    return { ...own, accepted: false, reason: `ORCID iD of the ${via}, but its name is not the CV's` };
  if (works.length > 0 && own.titleHits === 0) {
    return {
      ...own,
      accepted: false,
      reason: `ORCID iD of the ${via}, but none of its ${works.length} works is on the CV`,
    };
  }
  const shown =
    own.titleHits > 0
      ? `${own.titleHits} CV title${own.titleHits === 1 ? '' : 's'} among its works`
      : 'its works list is empty';
  return {
    ...own,
    accepted: true,
    confidence: Math.max(own.confidence, STRONG),
    reason: `ORCID iD of the ${via}; ${shown}`,
  };
}

async function runSource(
  id: SourceId,
  query: CvQuery,
  channels: Record<SourceId, SourceChannel>,
  ctx: RunContext,
): Promise<SourceFindings> {
  if (!ctx.settings.enabled[id]) return EMPTY_FINDINGS;
  try {
    return await SOURCES[id].find(query, {
      http: channels[id],
      settings: ctx.settings,
      base: ctx.settings.baseUrls[id],
    });
  } catch (error) {
    if (ctx.signal?.aborted) throw error;
    // An answer in an unexpected shape: this source fails, the look-up goes on.
    channels[id].markError();
    return EMPTY_FINDINGS;
  }
}

/**
 * The scholar stage: find the person under every name in OpenAlex, Semantic Scholar and DBLP
 * (in parallel, each at its own pace), keep the records the CV's evidence supports, then ask
 * ORCID (when an iD is known) and Crossref (for a few leftovers) within the request budget,
 * and give every publication a verdict.
 */
export async function lookupScholar(profile: Profile, deps: ScholarDeps): Promise<ScholarPart> {
  const settings = resolveSettings(deps.settings);
  const now = deps.now ?? Date.now;
  const ctx: RunContext = {
    fetch: deps.fetch,
    cache: deps.cache,
    settings,
    now,
    sleep: deps.sleep ?? realSleep,
    random: deps.random ?? Math.random,
    signal: deps.signal,
    log: deps.onLog ?? (() => undefined),
    sent: 0,
    calls: 0,
    deadline: now() + settings.retryBudgetMs,
  };
  const channels = Object.fromEntries(
    SOURCE_IDS.map((id) => [id, new SourceChannel(id, ctx, SOURCES[id].minIntervalMs, SOURCES[id].cap)]),
  ) as Record<SourceId, SourceChannel>;
  const query = buildQuery(profile);

  const statusOf = (id: SourceId): SourceStatus =>
    settings.enabled[id] ? channels[id].status() : 'disabled';
  // What one source answered on its own: the CV's publications among the works of its records
  // that the CV's evidence supports (before the sources' answers are put together).
  const ownCount = (found: SourceFindings, resolve: (c: AuthorCandidate) => Resolution): number => {
    const accepted = found.candidates.map(resolve).filter((r) => r.accepted);
    const ids = new Set(accepted.map((r) => `${r.candidate.source}:${r.candidate.id}`));
    const works = [...accepted.flatMap((r) => r.candidate.works ?? []), ...found.works];
    return countFound(
      query.publications,
      works.filter((w) => authoredBy(w, ids, query.allNames)),
    );
  };
  const run = async (
    id: SourceId,
    asked: CvQuery,
    resolve: (c: AuthorCandidate) => Resolution = (c) => resolveCandidate(c, query),
  ): Promise<SourceFindings> => {
    const found = await runSource(id, asked, channels, ctx);
    const status = statusOf(id);
    deps.onSourceDone?.(id, status, ANSWERED.includes(status) ? ownCount(found, resolve) : null);
    return found;
  };

  const first = await Promise.all(FIRST_ROUND.map((id) => run(id, query)));
  const findings = new Map<SourceId, SourceFindings>(FIRST_ROUND.map((id, i) => [id, first[i]!]));
  const resolutions: Resolution[] = first.flatMap((f) => f.candidates.map((c) => resolveCandidate(c, query)));

  // An ORCID iD is the person's own record: taken from the CV, or from a record accepted on
  // strong evidence whose works overlap the CV (a namesake's iD would bring a namesake's works).
  const trusted = resolutions.find(
    (r) => r.accepted && r.confidence >= STRONG && r.titleHits > 0 && r.candidate.orcid,
  );
  const orcidId = query.orcid ?? trusted?.candidate.orcid ?? null;
  const orcidFound = await run('orcid', { ...query, orcid: orcidId }, (c) => resolveOrcid(c, query, trusted));
  findings.set('orcid', orcidFound);
  resolutions.push(...orcidFound.candidates.map((c) => resolveOrcid(c, query, trusted)));

  const pool = (): { mine: SourceWork[]; others: SourceWork[] } => {
    const accepted = resolutions.filter((r) => r.accepted);
    const ids = new Set(accepted.map((r) => `${r.candidate.source}:${r.candidate.id}`));
    const works = [
      ...accepted.flatMap((r) => r.candidate.works ?? []),
      ...[...findings.values()].flatMap((f) => f.works),
    ];
    const mine = new Set(works.filter((w) => authoredBy(w, ids, query.allNames)));
    // A record without a byline cannot show whose it is: it neither verifies nor contradicts.
    const others = works.filter((w) => !mine.has(w) && w.authors.some((a) => a.trim()));
    return { mine: [...mine], others };
  };
  // The first round looks for the person and all their works, so its answer covers every
  // publication; Crossref answers only for the publications it was asked about.
  const answered = (): boolean => FIRST_ROUND.some((id) => ANSWERED.includes(statusOf(id)));

  const firstPool = pool();
  const leftovers = query.publications
    .filter((p) => {
      const verdict = matchPublication(p, { ...firstPool, checked: answered() }).verdict;
      return verdict === 'not-found' || verdict === 'unchecked';
    })
    .sort((a, b) => Number(b.doi !== null) - Number(a.doi !== null));
  if (leftovers.length > 0) {
    findings.set('crossref', await run('crossref', { ...query, publications: leftovers }));
  }

  const { mine, others } = pool();
  const personChecked = answered();
  const askedCrossref = new Set(findings.get('crossref')?.answered ?? []);
  const accepted = resolutions.filter((r) => r.accepted);
  const bySource: ScholarPart['metrics']['bySource'] = {};
  for (const id of ORDER) {
    const records = accepted.filter((r) => r.candidate.source === id).map((r) => r.candidate);
    if (records.length > 0) bySource[id] = sourceMetrics(records);
  }
  const publications = query.publications.map((p) =>
    matchPublication(p, { mine, others, checked: personChecked || askedCrossref.has(p.index) }),
  );
  const sources = Object.fromEntries(SOURCE_IDS.map((id) => [id, statusOf(id)])) as Record<
    SourceId,
    SourceStatus
  >;

  return {
    version: SCHOLAR_PART_VERSION,
    authors: accepted
      .sort(
        (a, b) =>
          ORDER.indexOf(a.candidate.source) - ORDER.indexOf(b.candidate.source) ||
          b.confidence - a.confidence,
      )
      .map(({ candidate: c, confidence, reason }) => ({
        source: c.source,
        id: c.id,
        name: c.name,
        alternativeNames: c.alternativeNames,
        url: c.url,
        works: c.worksCount ?? c.works?.length ?? null,
        citations: c.citations,
        hIndex: c.hIndex,
        confidence,
        reason,
      })),
    rejected: resolutions
      .filter((r) => !r.accepted)
      .map(({ candidate: c, kind, reason }) => ({ source: c.source, id: c.id, name: c.name, kind, reason })),
    metrics: { ...mergedMetrics(mine, bySource, accepted.length), bySource },
    publications,
    sources,
    variants: confirmVariants(query, accepted),
    requests: ctx.sent,
    fetchedAt: new Date(now()).toISOString(),
  };
}

/** A CV name is confirmed by a source when an accepted record of it carries that name or prints it on a byline. */
function confirmVariants(query: CvQuery, accepted: Resolution[]): ConfirmedVariant[] {
  return query.allNames
    .map((name) => ({
      name,
      sources: ORDER.filter((src) =>
        accepted
          .filter((r) => r.candidate.source === src)
          .some((r) =>
            [
              r.candidate.name,
              ...r.candidate.alternativeNames,
              ...(r.candidate.works ?? []).flatMap((w) => w.authors),
            ].some((n) => n && namesCanMatch(n, name)),
          ),
      ),
    }))
    .filter((v) => v.sources.length > 0);
}
