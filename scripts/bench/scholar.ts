import { MemoryScholarCache } from '../../utils/scholar/cache';
import { lookupScholar } from '../../utils/scholar/lookup';
import { mockBaseUrls } from '../../utils/scholar/settings';
import { startMockScholarServer, type MockMode } from '../../tests/support/mock-scholar-server';
import { parsedSeed } from '../../tests/unit/scholar/helpers';
import { figure, type BenchFigure } from './types';

const BUDGET_COLD = 12;

async function coldAndWarm(mode: MockMode, seed: 'hayou' | 'elesedy' | 'elmhamdi'): Promise<BenchFigure[]> {
  const server = await startMockScholarServer({ mode });
  try {
    const baseUrls = mockBaseUrls(server.url);
    const cache = new MemoryScholarCache();
    const deps = { fetch: globalThis.fetch, cache, settings: { baseUrls } };
    const profile = parsedSeed(seed);
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

/** Requests per CV, cold and warm, against the local mock APIs: the three seeds' scenarios and an all-empty server. */
export async function benchScholar(): Promise<BenchFigure[]> {
  return [
    ...(await coldAndWarm('scenario', 'hayou')),
    ...(await coldAndWarm('empty', 'hayou')),
    ...(await coldAndWarm('scenario', 'elesedy')),
    ...(await coldAndWarm('scenario', 'elmhamdi')),
  ];
}
