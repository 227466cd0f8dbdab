/** Types of the scholar stage: what it adds to a profile and what it needs to run. */
import * as v from 'valibot';
import {
  everyKey,
  finite,
  integer,
  label,
  list,
  nullableFinite,
  nullableInteger,
  nullableText,
  nullableUrl,
  positive,
  someKeys,
  text,
  timestamp,
  url,
} from '../schema/fields';

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

const SOURCE = v.picklist(SOURCE_IDS);

export const ScholarAuthorSchema = v.object({
  source: SOURCE,
  id: label,
  name: text(),
  alternativeNames: list(text()),
  url,
  works: nullableFinite,
  citations: nullableFinite,
  hIndex: nullableFinite,
  /** 0–1: how sure the resolver is that this record is the CV's person. */
  confidence: finite,
  /** The evidence, in words, e.g. "3 CV titles, co-author A. Doucet". */
  reason: text(),
});
export type ScholarAuthor = v.InferOutput<typeof ScholarAuthorSchema>;

/** Citation figures are null where a source counts no citations (DBLP, ORCID). */
export const ScholarMetricsSchema = v.object({
  works: finite,
  citations: nullableFinite,
  hIndex: nullableFinite,
  i10: nullableFinite,
  firstYear: nullableInteger,
  latestYear: nullableInteger,
});
export type ScholarMetrics = v.InferOutput<typeof ScholarMetricsSchema>;

export const ScholarPublicationSchema = v.object({
  /** Index into profile.publications. */
  index: v.pipe(integer, v.minValue(0)),
  verdict: v.picklist(VERDICTS),
  source: v.nullable(SOURCE),
  id: v.nullable(label),
  doi: v.nullable(label),
  title: nullableText(),
  venue: nullableText(),
  year: nullableInteger,
  citations: nullableFinite,
  url: nullableUrl,
  /** Every source whose record matched, so the badge can say "in OpenAlex, DBLP". */
  foundIn: list(SOURCE, SOURCE_IDS.length),
  /** The matched record's first authors, so "authorship differs" can say whose paper it is. */
  recordAuthors: list(text()),
});
export type ScholarPublication = v.InferOutput<typeof ScholarPublicationSchema>;

/** A name the CV uses that a source's records also carry. */
export const ConfirmedVariantSchema = v.object({
  name: text(),
  sources: list(SOURCE, SOURCE_IDS.length),
});
export type ConfirmedVariant = v.InferOutput<typeof ConfirmedVariantSchema>;

export const REJECTION_KINDS = ['another-person', 'undetermined'] as const;

/**
 * A record under the person's name that was not merged: judged to be someone else, or
 * undetermined when its works could not be checked.
 */
export const RejectedAuthorSchema = v.object({
  source: SOURCE,
  id: label,
  name: text(),
  kind: v.picklist(REJECTION_KINDS),
  reason: text(),
});
export type RejectedAuthor = v.InferOutput<typeof RejectedAuthorSchema>;

/** What the merged figures cover, so the popup can say it. */
export const MergedBasisSchema = v.object({
  /** Accepted author records whose works were pooled. */
  records: finite,
  /** Distinct works after de-duplication by DOI, then by normalised title. */
  works: finite,
  sources: list(SOURCE, SOURCE_IDS.length),
});
export type MergedBasis = v.InferOutput<typeof MergedBasisSchema>;

export const ScholarPartSchema = v.object({
  version: v.literal(SCHOLAR_PART_VERSION),
  authors: list(ScholarAuthorSchema),
  rejected: list(RejectedAuthorSchema),
  /** Merged figures, the figures of each source, and what the merged ones cover (null: unknown, from an older look-up). */
  metrics: v.object({
    ...ScholarMetricsSchema.entries,
    bySource: someKeys(SOURCE_IDS, ScholarMetricsSchema),
    basis: v.nullable(MergedBasisSchema),
  }),
  publications: list(ScholarPublicationSchema),
  sources: everyKey(SOURCE_IDS, v.picklist(SOURCE_STATUSES)),
  variants: list(ConfirmedVariantSchema),
  /** Requests sent over the network during this look-up (cache hits excluded). */
  requests: finite,
  fetchedAt: timestamp,
});
export type ScholarPart = v.InferOutput<typeof ScholarPartSchema>;

/** What the options page stores; every field optional so defaults fill the gaps. */
export const ScholarSettingsSchema = v.object({
  baseUrls: everyKey(SOURCE_IDS, url),
  enabled: everyKey(SOURCE_IDS, v.boolean()),
  openalexApiKey: v.nullable(label),
  s2ApiKey: v.nullable(label),
  /** Contact address for OpenAlex's and Crossref's polite pools and the User-Agent. */
  mailto: v.nullable(label),
  /** Sent as User-Agent where the runtime allows it (the CLI; browsers forbid setting it). */
  userAgent: v.nullable(label),
  cacheTtlMs: positive,
  timeoutMs: positive,
  /** Upper bound on the time one look-up may spend waiting for retries. */
  retryBudgetMs: positive,
  /** Upper bound on network requests per look-up, over all sources. */
  maxRequests: positive,
});
export type ScholarSettings = v.InferOutput<typeof ScholarSettingsSchema>;

/** A change to the settings, or the settings as stored: any field, and only some sources. */
export const SettingsPatchSchema = v.partial(
  v.object({
    ...ScholarSettingsSchema.entries,
    baseUrls: someKeys(SOURCE_IDS, url),
    enabled: someKeys(SOURCE_IDS, v.boolean()),
  }),
);
export type SettingsPatch = v.InferOutput<typeof SettingsPatchSchema>;

export interface CachedValue {
  value: unknown;
  fetchedAt: number;
}

/** Implemented over IndexedDB (scholarCache) in the extension, memory in tests, a file in the CLI. */
export interface ScholarCache {
  get(key: string): Promise<CachedValue | null>;
  put(key: string, value: unknown): Promise<void>;
}

export const RequestLogEntrySchema = v.object({
  time: finite,
  source: SOURCE,
  /** Without api_key or other secrets; a batched query's address can be long. */
  url: text(),
  /** HTTP status, 0 for network failure or timeout. */
  status: integer,
  ms: finite,
  costUsd: v.optional(finite),
  fromCache: v.boolean(),
});
export type RequestLogEntry = v.InferOutput<typeof RequestLogEntrySchema>;

export interface ScholarDeps {
  fetch: typeof fetch;
  cache: ScholarCache;
  settings?: SettingsPatch;
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
  signal?: AbortSignal;
  onLog?: (entry: RequestLogEntry) => void;
  /**
   * Called as each source finishes its part of the look-up, with how it fared and, when it
   * answered, how many of the CV's publications its own records hold.
   */
  onSourceDone?: (source: SourceId, status: SourceStatus, found: number | null) => void;
}
