import type { ScholarSettings, SettingsPatch, SourceId } from '../model/scholar';

export const DEFAULT_BASE_URLS: Record<SourceId, string> = {
  openalex: 'https://api.openalex.org',
  dblp: 'https://dblp.org',
  semanticscholar: 'https://api.semanticscholar.org/graph/v1',
  orcid: 'https://pub.orcid.org/v3.0',
  crossref: 'https://api.crossref.org',
};

export const DEFAULT_SETTINGS: ScholarSettings = {
  baseUrls: DEFAULT_BASE_URLS,
  enabled: { openalex: true, dblp: true, semanticscholar: true, orcid: true, crossref: true },
  openalexApiKey: null,
  s2ApiKey: null,
  mailto: null,
  userAgent: null,
  // A week: citation counts move slowly and a committee reads a pile within days.
  cacheTtlMs: 7 * 24 * 3600 * 1000,
  timeoutMs: 10_000,
  // Keeps a look-up against a server that only answers 429 well inside a minute.
  retryBudgetMs: 25_000,
  maxRequests: 12,
};

export function resolveSettings(partial: SettingsPatch | undefined): ScholarSettings {
  return {
    ...DEFAULT_SETTINGS,
    ...partial,
    baseUrls: { ...DEFAULT_BASE_URLS, ...partial?.baseUrls },
    enabled: { ...DEFAULT_SETTINGS.enabled, ...partial?.enabled },
  };
}

/**
 * Base URLs of one server that answers every source under a path prefix (the e2e and local
 * builds' mock server, or a proxy): http://127.0.0.1:4599 → http://127.0.0.1:4599/openalex, …
 */
export function mockBaseUrls(origin: string): Record<SourceId, string> {
  const base = origin.replace(/\/+$/, '');
  return {
    openalex: `${base}/openalex`,
    dblp: `${base}/dblp`,
    semanticscholar: `${base}/s2`,
    orcid: `${base}/orcid`,
    crossref: `${base}/crossref`,
  };
}
