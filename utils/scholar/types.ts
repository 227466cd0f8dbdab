/** Types of the scholar stage: what it adds to a profile and what it needs to run. */

export const SOURCE_IDS = ['openalex', 'dblp', 'semanticscholar', 'orcid', 'crossref'] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

export type SourceStatus = 'ok' | 'cached' | 'rate-limited' | 'error' | 'offline' | 'disabled';

export type Verdict = 'verified' | 'venue-differs' | 'year-differs' | 'not-found' | 'ambiguous';

export interface ScholarAuthor {
  source: SourceId;
  id: string;
  name: string;
  alternativeNames: string[];
  url: string;
  works: number | null;
  citations: number | null;
  hIndex: number | null;
  /** 0–1: how sure the resolver is that this record is the CV's person. */
  confidence: number;
  /** The evidence, in words, e.g. "3 CV titles, co-author A. Doucet". */
  reason: string;
}

/** Citation figures are null where a source counts no citations (DBLP, ORCID). */
export interface ScholarMetrics {
  works: number;
  citations: number | null;
  hIndex: number | null;
  i10: number | null;
  firstYear: number | null;
  latestYear: number | null;
}

export interface ScholarPublication {
  /** Index into profile.publications. */
  index: number;
  verdict: Verdict;
  source: SourceId | null;
  id: string | null;
  doi: string | null;
  title: string | null;
  venue: string | null;
  year: number | null;
  citations: number | null;
  url: string | null;
  /** Every source whose record matched, so the badge can say "in OpenAlex, DBLP". */
  foundIn: SourceId[];
}

/** A name the CV uses that a source's records also carry. */
export interface ConfirmedVariant {
  name: string;
  sources: SourceId[];
}

/** A record under the person's name that the resolver judged to be someone else. */
export interface RejectedAuthor {
  source: SourceId;
  id: string;
  name: string;
  reason: string;
}

export interface ScholarPart {
  authors: ScholarAuthor[];
  rejected: RejectedAuthor[];
  metrics: ScholarMetrics & { bySource: Partial<Record<SourceId, ScholarMetrics>> };
  publications: ScholarPublication[];
  sources: Record<SourceId, SourceStatus>;
  variants: ConfirmedVariant[];
  /** Requests sent over the network during this look-up (cache hits excluded). */
  requests: number;
  fetchedAt: string;
}

/** What the options page stores; every field optional so defaults fill the gaps. */
export interface ScholarSettings {
  baseUrls: Record<SourceId, string>;
  enabled: Record<SourceId, boolean>;
  openalexApiKey: string | null;
  s2ApiKey: string | null;
  /** Contact address for Crossref's polite pool. */
  mailto: string | null;
  cacheTtlMs: number;
  timeoutMs: number;
  /** Upper bound on the time one look-up may spend waiting for retries. */
  retryBudgetMs: number;
  /** Upper bound on network requests per look-up, over all sources. */
  maxRequests: number;
}

export interface CachedValue {
  value: unknown;
  fetchedAt: number;
}

/** Implemented over IndexedDB (scholarCache) in the extension, memory in tests, a file in the CLI. */
export interface ScholarCache {
  get(key: string): Promise<CachedValue | null>;
  put(key: string, value: unknown): Promise<void>;
}

export interface RequestLogEntry {
  time: number;
  source: SourceId;
  /** Without api_key or other secrets. */
  url: string;
  /** HTTP status, 0 for network failure or timeout. */
  status: number;
  ms: number;
  costUsd?: number;
  fromCache: boolean;
}

export interface ScholarDeps {
  fetch: typeof fetch;
  cache: ScholarCache;
  settings?: Partial<ScholarSettings>;
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
  signal?: AbortSignal;
  onLog?: (entry: RequestLogEntry) => void;
}
