import type { AnalysisStage, BackgroundEvent, Request } from './types';

type Shape = Record<string, 'string' | 'number' | 'string[]'>;

/** Field types of each message, checked before a message is trusted. */
const REQUEST_SHAPES: Record<Request['type'], Shape> = {
  'analyse-tab': { tabId: 'number' },
  'get-analysis': { tabId: 'number' },
  'offscreen-parse-pdf': { url: 'string' },
};

const EVENT_SHAPES: Record<BackgroundEvent['type'], Shape> = {
  'analysis-progress': { tabId: 'number', stage: 'string' },
  'candidates-changed': { ids: 'string[]' },
};

const STAGES: readonly AnalysisStage[] = ['injecting', 'reading-pdf', 'parsing', 'looking-up', 'done'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function matchesShape(value: Record<string, unknown>, shape: Shape): boolean {
  return Object.entries(shape).every(([key, kind]) => {
    const field = value[key];
    if (kind === 'string[]') return Array.isArray(field) && field.every((x) => typeof x === 'string');
    if (kind === 'number') return typeof field === 'number' && Number.isFinite(field);
    return typeof field === kind;
  });
}

function hasKnownType<K extends string>(value: unknown, shapes: Record<K, Shape>): value is { type: K } {
  return isRecord(value) && typeof value.type === 'string' && Object.hasOwn(shapes, value.type);
}

/** The request a received value is, or null when it is not one of ours. */
export function parseRequest(value: unknown): Request | null {
  if (!hasKnownType(value, REQUEST_SHAPES)) return null;
  return matchesShape(value as Record<string, unknown>, REQUEST_SHAPES[value.type]) ? (value as Request) : null;
}

/** The background event a received value is, or null when it is not one of ours. */
export function parseEvent(value: unknown): BackgroundEvent | null {
  if (!hasKnownType(value, EVENT_SHAPES)) return null;
  const record = value as Record<string, unknown>;
  if (!matchesShape(record, EVENT_SHAPES[value.type])) return null;
  if (value.type === 'analysis-progress' && !STAGES.includes(record.stage as AnalysisStage)) return null;
  return value as BackgroundEvent;
}
