import { namesCanMatch } from '../names/match-names';
import type { Profile } from '../profile/types';
import { crossref } from './crossref';
import { buildQuery } from './cv-query';
import { dblp } from './dblp';
import { realSleep, SourceChannel, type RunContext } from './http';
import { matchPublication } from './match-publications';
import { computeMetrics, sourceMetrics } from './metrics';
import { openAlex } from './openalex';
import { orcid } from './orcid';
import { resolveCandidate, type Resolution } from './resolve-authors';
import { semanticScholar } from './semantic-scholar';
import { resolveSettings } from './settings';
import type { CvQuery, ScholarSource, SourceFindings, SourceWork } from './source';
import { EMPTY_FINDINGS } from './source';
import type { ConfirmedVariant, ScholarDeps, ScholarPart, SourceId, SourceStatus } from './types';
import { SOURCE_IDS } from './types';

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

  const first = await Promise.all(FIRST_ROUND.map((id) => runSource(id, query, channels, ctx)));
  const findings = new Map<SourceId, SourceFindings>(FIRST_ROUND.map((id, i) => [id, first[i]!]));
  const resolutions: Resolution[] = first.flatMap((f) => f.candidates.map((c) => resolveCandidate(c, query)));

  const orcidId =
    query.orcid ??
    resolutions.find((r) => r.accepted && r.candidate.source === 'openalex' && r.candidate.orcid)?.candidate
      .orcid ??
    null;
  const orcidFound = await runSource('orcid', { ...query, orcid: orcidId }, channels, ctx);
  findings.set('orcid', orcidFound);
  // ORCID's record is the person's own: it is accepted when its id came from the CV or a chosen record.
  resolutions.push(
    ...orcidFound.candidates.map((c) => ({
      ...resolveCandidate(c, query),
      accepted: true,
      confidence: 0.9,
      reason: 'ORCID iD from the CV or a chosen OpenAlex record',
    })),
  );

  const acceptedWorks = (): SourceWork[] => [
    ...resolutions.filter((r) => r.accepted).flatMap((r) => r.candidate.works ?? []),
    ...[...findings.values()].flatMap((f) => f.works),
  ];
  const leftovers = query.publications
    .filter((p) => matchPublication(p, acceptedWorks()).verdict === 'not-found')
    .sort((a, b) => Number(b.doi !== null) - Number(a.doi !== null));
  if (leftovers.length > 0) {
    findings.set(
      'crossref',
      await runSource('crossref', { ...query, publications: leftovers }, channels, ctx),
    );
  }

  const works = acceptedWorks();
  const accepted = resolutions.filter((r) => r.accepted);
  const bySource: ScholarPart['metrics']['bySource'] = {};
  for (const id of ORDER) {
    const mine = accepted.filter((r) => r.candidate.source === id).map((r) => r.candidate);
    if (mine.length > 0) bySource[id] = sourceMetrics(mine);
  }
  const publications = query.publications.map((p) => matchPublication(p, works));
  const sources = Object.fromEntries(
    SOURCE_IDS.map((id): [SourceId, SourceStatus] => [
      id,
      settings.enabled[id] ? channels[id].status() : 'disabled',
    ]),
  ) as Record<SourceId, SourceStatus>;

  return {
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
      .map(({ candidate: c, reason }) => ({ source: c.source, id: c.id, name: c.name, reason })),
    metrics: { ...computeMetrics(works), bySource },
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
