import { MemoryScholarCache } from '../../utils/scholar/cache';
import { lookupScholar } from '../../utils/scholar/lookup';
import type { SourceId } from '../../utils/scholar/types';
import { startMockScholarServer, type MockMode } from '../../tests/support/mock-scholar-server';
import { profileFromTruth } from '../../tests/unit/scholar/helpers';
import { figure, type BenchFigure } from './types';

const BUDGET_COLD = 12;

async function coldAndWarm(mode: MockMode, seed: 'hayou' | 'elesedy'): Promise<BenchFigure[]> {
  const server = await startMockScholarServer({ mode });
  try {
    const prefix: Record<SourceId, string> = {
      openalex: '/openalex',
      dblp: '/dblp',
      semanticscholar: '/s2',
      orcid: '/orcid',
      crossref: '/crossref',
    };
    const baseUrls = Object.fromEntries(
      Object.entries(prefix).map(([source, p]) => [source, server.url + p]),
    ) as Record<SourceId, string>;
    const cache = new MemoryScholarCache();
    const deps = { fetch: globalThis.fetch, cache, settings: { baseUrls } };
    const profile = profileFromTruth(seed);
    await lookupScholar(profile, deps);
    const cold = server.requests();
    await lookupScholar(profile, deps);
    const warm = server.requests() - cold;
    const label = `scholar requests per CV, ${seed} (${profile.publications.length} publications), ${mode} server`;
    return [
      figure(`${label}, cold`, cold, 'requests', BUDGET_COLD),
      figure(`${label}, warm`, warm, 'requests', 0),
    ];
  } finally {
    await server.close();
  }
}

/** Requests per CV, cold and warm, against the local mock APIs: the scenario and an all-empty server. */
export async function benchScholar(): Promise<BenchFigure[]> {
  return [
    ...(await coldAndWarm('scenario', 'hayou')),
    ...(await coldAndWarm('empty', 'hayou')),
    ...(await coldAndWarm('scenario', 'elesedy')),
  ];
}
