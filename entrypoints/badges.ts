import { applyBadges } from '../utils/badges/apply';
import { parseBadgesConfig } from '../utils/badges/types';

/**
 * Injected on demand by the background (never a declared content script) after it set
 * globalThis.__cvlensBadges in the same isolated world. Answers how many badges it shows.
 */
export default defineUnlistedScript((): number => {
  const holder = globalThis as { __cvlensBadges?: unknown };
  const config = parseBadgesConfig(holder.__cvlensBadges);
  delete holder.__cvlensBadges;
  if (!config) return -1;
  return applyBadges(document, config);
});
