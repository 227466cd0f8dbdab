import { BodyTooLargeError, readCappedText } from '../acquire/read-capped';
import { isFresh } from './cache';
import { isUnderBase, OutsideSourceError } from './source-url';
import type { RequestLogEntry, ScholarCache, ScholarSettings, SourceId, SourceStatus } from './types';

export type Outcome = 'ok' | 'not-found' | 'rate-limited' | 'error' | 'offline' | 'too-large' | 'skipped';

/**
 * The longest answer read from a source. The largest real ones (a DBLP search of 1000 hits, an
 * author search with papers inline) are a few MB; past this an answer is refused, not buffered.
 */
export const MAX_RESPONSE_BYTES = 16 * 1024 * 1024;

export interface HttpResult {
  outcome: Outcome;
  status: number;
  body: unknown;
  fromCache: boolean;
}

export interface RequestSpec {
  url: string;
  /** The URL as logged and cached: without keys. */
  logUrl: string;
  method?: 'GET' | 'POST';
  body?: string;
  headers?: Record<string, string>;
  costUsd?: number;
  /**
   * The request carries an API key (in its URL or headers). It follows no redirect: fetch would
   * resend the key's header to wherever the server points, another path or another host.
   */
  keyed?: boolean;
}

/** Everything shared by the sources during one look-up. */
export interface RunContext {
  fetch: typeof fetch;
  cache: ScholarCache;
  settings: ScholarSettings;
  now: () => number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  random: () => number;
  signal: AbortSignal | undefined;
  log: (entry: RequestLogEntry) => void;
  /** Network requests sent so far, over all sources. */
  sent: number;
  /**
   * Requests made so far, answered by the network or the cache. Budgets count these, so a warm
   * look-up follows the cold one's plan exactly instead of spending the budget on new questions.
   */
  calls: number;
  /** No retry wait may end after this time, and no request starts after it. */
  deadline: number;
}

export function realSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });
}

const TIMEOUT = Symbol('timeout');
const MAX_ATTEMPTS = 4;
const BACKOFF_BASE_MS = 1000;

function abortError(): Error {
  return new DOMException('The scholar look-up was cancelled', 'AbortError');
}

/** Retry-After is seconds or an HTTP date. */
function retryAfterMs(header: string | null, now: number): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

interface Attempt {
  outcome: Outcome;
  status: number;
  body: unknown;
  retryAfter: string | null;
}

/**
 * One source's door to the network for one look-up: a rate-limit queue (slots reserved in
 * order, so concurrent callers never burst), the cache, retries and a cap on requests.
 * After a failure the source is not asked again in this look-up: an API that answered 429
 * or timed out will not do better a second later, and the reviewer is waiting.
 */
export class SourceChannel {
  private nextSlot = 0;
  private used = 0;
  private networkOk = 0;
  private cacheHits = 0;
  private staleServed = 0;
  private failure: Outcome | null = null;

  constructor(
    readonly source: SourceId,
    private readonly ctx: RunContext,
    private readonly minIntervalMs: number,
    private cap: number,
  ) {}

  /** Requests this channel may still send. */
  remaining(): number {
    return Math.max(0, Math.min(this.cap - this.used, this.ctx.settings.maxRequests - this.ctx.calls));
  }

  setCap(cap: number): void {
    this.cap = cap;
  }

  /** A source whose answer could not be read counts as failed for this look-up. */
  markError(): void {
    this.failure ??= 'error';
  }

  failed(): boolean {
    return this.failure !== null;
  }

  status(): SourceStatus {
    if (this.failure && this.failure !== 'skipped') {
      if (this.staleServed > 0) return 'cached';
      if (this.failure === 'rate-limited' || this.failure === 'offline' || this.failure === 'too-large')
        return this.failure;
      return 'error';
    }
    if (this.networkOk > 0) return 'ok';
    return this.cacheHits > 0 ? 'cached' : 'not-asked';
  }

  async request(spec: RequestSpec): Promise<HttpResult> {
    // The door every request passes: nothing is sent outside the source's own base.
    const base = this.ctx.settings.baseUrls[this.source];
    if (!isUnderBase(spec.url, base)) throw new OutsideSourceError(spec.url, base);
    const key = `${this.source} ${spec.method ?? 'GET'} ${spec.logUrl}${spec.body ? ` ${spec.body}` : ''}`;
    // A cache that cannot be read or written costs speed, never the answer.
    const cached = await this.ctx.cache.get(key).catch(() => null);
    if (cached && isFresh(cached, this.ctx.now(), this.ctx.settings.cacheTtlMs) && this.remaining() > 0) {
      this.cacheHits++;
      this.used++;
      this.ctx.calls++;
      return this.fromCache(cached.value, spec);
    }
    if (this.failure || this.remaining() === 0) {
      if (cached) return this.serveStale(cached.value, spec);
      return { outcome: this.failure ?? 'skipped', status: 0, body: null, fromCache: false };
    }
    const result = await this.send(spec);
    if (result.outcome === 'ok' || result.outcome === 'not-found') {
      this.networkOk++;
      await this.ctx.cache.put(key, { status: result.status, body: result.body }).catch(() => undefined);
      return { ...result, fromCache: false };
    }
    if (result.outcome !== 'skipped') this.failure = result.outcome;
    if (cached) return this.serveStale(cached.value, spec);
    return { ...result, fromCache: false };
  }

  private serveStale(value: unknown, spec: RequestSpec): HttpResult {
    this.staleServed++;
    return this.fromCache(value, spec);
  }

  private fromCache(value: unknown, spec: RequestSpec): HttpResult {
    const stored = value as { status: number; body: unknown };
    this.ctx.log({
      time: this.ctx.now(),
      source: this.source,
      url: spec.logUrl,
      status: stored.status,
      ms: 0,
      fromCache: true,
    });
    const outcome: Outcome = stored.status === 404 ? 'not-found' : 'ok';
    return { outcome, status: stored.status, body: stored.body, fromCache: true };
  }

  private async send(spec: RequestSpec): Promise<HttpResult> {
    let last: Attempt = { outcome: 'skipped', status: 0, body: null, retryAfter: null };
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      // Past the look-up's deadline nothing new is sent: the reviewer gets what there is.
      if (this.remaining() === 0 || this.ctx.now() >= this.ctx.deadline) break;
      await this.waitForSlot();
      last = await this.attempt(spec);
      const retryable = last.outcome === 'rate-limited' || (last.outcome === 'error' && last.status >= 500);
      if (!retryable) break;
      const hinted = retryAfterMs(last.retryAfter, this.ctx.now());
      const backoff = BACKOFF_BASE_MS * 2 ** attempt * (1 + this.ctx.random());
      const wait = hinted ?? backoff;
      if (this.ctx.now() + wait > this.ctx.deadline) break;
      await this.pause(wait);
    }
    return { outcome: last.outcome, status: last.status, body: last.body, fromCache: false };
  }

  private async waitForSlot(): Promise<void> {
    const now = this.ctx.now();
    const start = Math.max(now, this.nextSlot);
    this.nextSlot = start + this.minIntervalMs;
    if (start > now) await this.pause(start - now);
  }

  private async pause(ms: number): Promise<void> {
    await this.ctx.sleep(ms, this.ctx.signal);
    if (this.ctx.signal?.aborted) throw abortError();
  }

  private async attempt(spec: RequestSpec): Promise<Attempt> {
    if (this.ctx.signal?.aborted) throw abortError();
    this.used++;
    this.ctx.sent++;
    this.ctx.calls++;
    const started = this.ctx.now();
    const controller = new AbortController();
    const timer = new AbortController();
    const cancel = (): void => controller.abort();
    this.ctx.signal?.addEventListener('abort', cancel, { once: true });
    const timeout = this.ctx
      .sleep(this.ctx.settings.timeoutMs, timer.signal)
      .then(() => (timer.signal.aborted ? null : TIMEOUT));
    let result: Attempt;
    try {
      const raced = await Promise.race([this.exchange(spec, controller.signal), timeout]);
      if (raced === TIMEOUT || raced === null) {
        controller.abort();
        result = { outcome: 'offline', status: 0, body: null, retryAfter: null };
      } else result = raced;
    } catch (error) {
      if (this.ctx.signal?.aborted) throw abortError();
      void error;
      result = { outcome: 'offline', status: 0, body: null, retryAfter: null };
    } finally {
      timer.abort();
      this.ctx.signal?.removeEventListener('abort', cancel);
    }
    this.ctx.log({
      time: started,
      source: this.source,
      url: spec.logUrl,
      status: result.status,
      ms: this.ctx.now() - started,
      ...(spec.costUsd !== undefined && (result.outcome === 'ok' || result.outcome === 'not-found')
        ? { costUsd: spec.costUsd }
        : {}),
      fromCache: false,
    });
    return result;
  }

  private async exchange(spec: RequestSpec, signal: AbortSignal): Promise<Attempt> {
    const agent = this.ctx.settings.userAgent;
    const response = await this.ctx.fetch(spec.url, {
      method: spec.method ?? 'GET',
      headers: agent ? { 'user-agent': agent, ...spec.headers } : spec.headers,
      body: spec.body,
      signal,
      redirect: spec.keyed ? 'manual' : 'follow',
    });
    const retryAfter = response.headers.get('retry-after');
    const status = response.status;
    let text: string;
    try {
      text = await readCappedText(response, MAX_RESPONSE_BYTES);
    } catch (error) {
      if (error instanceof BodyTooLargeError) return { outcome: 'too-large', status, body: null, retryAfter };
      throw error;
    }
    if (status === 429) return { outcome: 'rate-limited', status, body: null, retryAfter };
    if (status === 404) return { outcome: 'not-found', status, body: parseJson(text), retryAfter };
    if (status < 200 || status >= 300) return { outcome: 'error', status, body: null, retryAfter };
    const body = parseJson(text);
    // DBLP's bot-check (and OpenAlex's HTML 429) come as 200 pages that are not JSON.
    if (body === undefined) return { outcome: 'error', status, body: null, retryAfter };
    return { outcome: 'ok', status, body, retryAfter };
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
