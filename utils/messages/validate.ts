import { EXPORT_FORMATS } from '../export/types';
import { SOURCE_IDS, SOURCE_STATUSES } from '../model/scholar';
import { CANDIDATE_STATUSES, SORT_KEYS } from '../store/types';
import type { AnalysisStage, BackgroundEvent, Request } from './types';

/**
 * Validators for every message, applied where a message is received: a value that does not
 * have exactly the expected shape is dropped, whoever sent it.
 */
type Check = (value: unknown) => boolean;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isString: Check = (v) => typeof v === 'string';
const isId: Check = (v) => typeof v === 'string' && v.length > 0 && v.length < 200;
const isTabId: Check = (v) => Number.isInteger(v) && (v as number) >= 0;
const isBoolean: Check = (v) => typeof v === 'boolean';
const optional =
  (check: Check): Check =>
  (v) =>
    v === undefined || check(v);
const nullable =
  (check: Check): Check =>
  (v) =>
    v === null || check(v);
const oneOf =
  (values: readonly string[]): Check =>
  (v) =>
    typeof v === 'string' && values.includes(v);
const arrayOf =
  (check: Check): Check =>
  (v) =>
    Array.isArray(v) && v.every(check);
const shape =
  (fields: Record<string, Check>): Check =>
  (v) =>
    isRecord(v) && Object.entries(fields).every(([key, check]) => check(v[key]));

const STAGES: readonly AnalysisStage[] = ['injecting', 'reading-pdf', 'parsing', 'looking-up', 'done'];

const isListOptions = shape({
  sort: optional(oneOf(SORT_KEYS)),
  direction: optional(oneOf(['asc', 'desc'])),
  tag: optional(isString),
  status: optional(oneOf(CANDIDATE_STATUSES)),
  search: optional(isString),
});

const isReviewPatch = shape({
  notes: optional(isString),
  tags: optional(arrayOf(isString)),
  rating: optional((v) => v === null || (Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 5)),
  status: optional(oneOf(CANDIDATE_STATUSES)),
});

const isSourceFlags: Check = (v) =>
  isRecord(v) &&
  Object.entries(v).every(([k, x]) => (SOURCE_IDS as readonly string[]).includes(k) && isBoolean(x));
const isSourceUrls: Check = (v) =>
  isRecord(v) &&
  Object.entries(v).every(([k, x]) => (SOURCE_IDS as readonly string[]).includes(k) && isString(x));
const isPositive: Check = (v) => typeof v === 'number' && Number.isFinite(v) && v > 0;

const isSettingsPatch = shape({
  baseUrls: optional(isSourceUrls),
  enabled: optional(isSourceFlags),
  openalexApiKey: optional(nullable(isString)),
  s2ApiKey: optional(nullable(isString)),
  mailto: optional(nullable(isString)),
  cacheTtlMs: optional(isPositive),
  timeoutMs: optional(isPositive),
  retryBudgetMs: optional(isPositive),
  maxRequests: optional(isPositive),
});

/** A document model as an acquirer makes it; its lines are checked for the fields stages read. */
const isCvDocument = shape({
  source: shape({ kind: oneOf(['html', 'pdf', 'text']) }),
  lines: arrayOf(shape({ text: isString, kind: isString, cells: Array.isArray, block: Number.isInteger })),
  links: arrayOf(isString),
  meta: isRecord,
});

const REQUESTS: Record<Request['type'], Record<string, Check>> = {
  'analyse-tab': { tabId: isTabId, readAnyway: optional(isBoolean) },
  'get-analysis': { tabId: isTabId },
  'analyse-pdf-document': { tabId: isTabId, document: isCvDocument, url: isString },
  'list-candidates': { options: isListOptions },
  'get-candidate': { id: isId },
  'update-review': { id: isId, patch: isReviewPatch },
  'delete-candidate': { id: isId },
  'clear-candidates': {},
  export: { format: oneOf(EXPORT_FORMATS), candidateId: nullable(isId) },
  'import-backup': { text: isString },
  'store-document': { document: isCvDocument, url: isString },
  'get-settings': {},
  'save-settings': { settings: isSettingsPatch },
  'get-request-log': {},
  'clear-scholar-cache': {},
  'set-badges': { tabId: isTabId, visible: isBoolean },
};

const EVENTS: Record<BackgroundEvent['type'], Record<string, Check>> = {
  'analysis-progress': { tabId: isTabId, stage: oneOf(STAGES) },
  'source-progress': {
    tabId: isTabId,
    source: oneOf(SOURCE_IDS),
    status: oneOf(['pending', ...SOURCE_STATUSES]),
  },
  'candidates-changed': { ids: arrayOf(isString) },
};

function parseWith<T>(table: Record<string, Record<string, Check>>, value: unknown): T | null {
  if (!isRecord(value) || typeof value.type !== 'string' || !Object.hasOwn(table, value.type)) return null;
  return shape(table[value.type]!)(value) ? (value as T) : null;
}

/** The request a received value is, or null when it is not one of ours. */
export function parseRequest(value: unknown): Request | null {
  return parseWith<Request>(REQUESTS, value);
}

/** The background event a received value is, or null when it is not one of ours. */
export function parseEvent(value: unknown): BackgroundEvent | null {
  return parseWith<BackgroundEvent>(EVENTS, value);
}
