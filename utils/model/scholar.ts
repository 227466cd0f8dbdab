/** Types of the scholar stage: what it adds to a profile and what it needs to run. */

export const SOURCE_IDS = ['openalex', 'dblp', 'semanticscholar', 'orcid', 'crossref'] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

/**
 * How a source fared in one look-up. 'not-asked': switched on but never queried (no ORCID iD to
 * look up, nothing left for Crossref, the budget spent first), which is not the same as 'ok'.
 * 'too-large': an answer longer than the look-up reads (utils/scholar/http.ts) was refused.
 */
export const SOURCE_STATUSES = [
  'ok',
  'cached',
  'not-asked',
  'rate-limited',
  'error',
  'offline',
  'too-large',
  'disabled',
] as const;
export type SourceStatus = (typeof SOURCE_STATUSES)[number];

/**
 * The one list of verdicts a publication can get; every surface takes its words from
 * utils/scholar/labels.ts, keyed by these.
 * - verified: a record of the candidate's agrees on venue and year;
 * - preprint-found: only a preprint or repository copy (arXiv, SSRN, bioRxiv, …) matched;
 * - year-differs / venue-differs: the candidate's record disagrees on that;
 * - authorship-differs: a record with this title or DOI exists, but none of its authors is the
 *   candidate under any of their names;
 * - ambiguous: records come close in title, none is clearly the paper;
 * - not-found: the sources answered and none has it;
 * - unchecked: no source could be asked or answered (offline, failing, switched off, budget).
 */
export const VERDICTS = [
  'verified',
  'preprint-found',
  'year-differs',
  'venue-differs',
  'authorship-differs',
  'ambiguous',
  'not-found',
  'unchecked',
] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Version of the ScholarPart shape; stored parts and backups of older versions are upgraded on read. */
export const SCHOLAR_PART_VERSION = 2;

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
  /** The matched record's first authors, so "authorship differs" can say whose paper it is. */
  recordAuthors: string[];
}

/** A name the CV uses that a source's records also carry. */
export interface ConfirmedVariant {
  name: string;
  sources: SourceId[];
}

/**
 * A record under the person's name that was not merged: judged to be someone else, or
 * undetermined when its works could not be checked.
 */
export interface RejectedAuthor {
  source: SourceId;
  id: string;
  name: string;
  kind: 'another-person' | 'undetermined';
  reason: string;
}

/** What the merged figures cover, so the popup can say it. */
export interface MergedBasis {
  /** Accepted author records whose works were pooled. */
  records: number;
  /** Distinct works after de-duplication by DOI, then by normalised title. */
  works: number;
  sources: SourceId[];
}

export interface ScholarPart {
  version: typeof SCHOLAR_PART_VERSION;
  authors: ScholarAuthor[];
  rejected: RejectedAuthor[];
  /** Merged figures, the figures of each source, and what the merged ones cover (null: unknown, from an older look-up). */
  metrics: ScholarMetrics & {
    bySource: Partial<Record<SourceId, ScholarMetrics>>;
    basis: MergedBasis | null;
  };
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
  /** Contact address for OpenAlex's and Crossref's polite pools and the User-Agent. */
  mailto: string | null;
  /** Sent as User-Agent where the runtime allows it (the CLI; browsers forbid setting it). */
  userAgent: string | null;
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
  /** Called as each source finishes its part of the look-up, with how it fared. */
  onSourceDone?: (source: SourceId, status: SourceStatus) => void;
}
