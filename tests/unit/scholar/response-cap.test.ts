/**
 * Answers are read up to a limit: an endless or huge body fails its source with 'too-large'
 * after at most the limit (plus one chunk) is read, instead of filling the memory.
 */
import type { ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { BodyTooLargeError, readCapped, readCappedText } from '../../../utils/acquire/read-capped';
import { MemoryScholarCache } from '../../../utils/scholar/cache';
import { MAX_RESPONSE_BYTES, realSleep, SourceChannel, type RunContext } from '../../../utils/scholar/http';
import { mockBaseUrls, resolveSettings } from '../../../utils/scholar/settings';
import { startLoggingServer, type LoggingServer } from '../../support/logging-server';

const CHUNK = 64 * 1024;

/** A body that never ends, counting the bytes the reader pulled from it. */
function endlessBody(): { stream: ReadableStream<Uint8Array>; pulled: () => number } {
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled += CHUNK;
      controller.enqueue(new Uint8Array(CHUNK).fill(0x20));
    },
  });
  return { stream, pulled: () => pulled };
}

describe('readCapped', () => {
  it('stops an endless body just past the limit', async () => {
    const body = endlessBody();
    const limit = 1024 * 1024;
    await expect(readCapped(new Response(body.stream), limit)).rejects.toBeInstanceOf(BodyTooLargeError);
    expect(body.pulled()).toBeGreaterThan(limit);
    // Pulled at most the limit plus the stream's read-ahead, never the whole (endless) body.
    expect(body.pulled()).toBeLessThanOrEqual(limit + 3 * CHUNK);
  });

  it('refuses a declared length over the limit without reading the body', async () => {
    const body = endlessBody();
    const response = new Response(body.stream, { headers: { 'content-length': String(50 * 1024 * 1024) } });
    const refusal = await readCapped(response, 1024).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(BodyTooLargeError);
    expect((refusal as BodyTooLargeError).declared).toBe(50 * 1024 * 1024);
    expect(body.pulled()).toBeLessThanOrEqual(CHUNK);
  });

  it('reads a body within the limit exactly, as Response.text() would', async () => {
    const text = 'Grüße, 世界 '.repeat(5000);
    const bytes = new TextEncoder().encode(text);
    expect(await readCappedText(new Response(text), bytes.byteLength)).toBe(text);
    await expect(readCappedText(new Response(text), bytes.byteLength - 1)).rejects.toBeInstanceOf(
      BodyTooLargeError,
    );
    expect(await readCapped(new Response(null, { status: 204 }), 10)).toEqual(new Uint8Array(0));
  });
});

describe('a source that answers without end', () => {
  const servers: LoggingServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });

  it("fails that source with 'too-large' after reading at most the cap", async () => {
    let sent = 0;
    const endless = (_request: unknown, response: ServerResponse): void => {
      response.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(CHUNK, 0x20);
      const write = (): void => {
        // Stops once the client has gone; otherwise it never would.
        while (!response.destroyed) {
          sent += CHUNK;
          if (!response.write(chunk)) return void response.once('drain', write);
        }
      };
      response.write('[');
      write();
    };
    const api = await startLoggingServer(endless);
    servers.push(api);
    const ctx: RunContext = {
      fetch,
      cache: new MemoryScholarCache(Date.now),
      settings: resolveSettings({ baseUrls: mockBaseUrls(api.origin), timeoutMs: 60_000 }),
      now: Date.now,
      sleep: realSleep,
      random: () => 0,
      signal: undefined,
      log: () => undefined,
      sent: 0,
      calls: 0,
      deadline: Date.now() + 60_000,
    };
    const channel = new SourceChannel('dblp', ctx, 0, 4);
    const url = `${api.origin}/dblp/search/publ/api?q=x`;
    const result = await channel.request({ url, logUrl: url });
    expect(result).toMatchObject({ outcome: 'too-large', status: 200, body: null });
    expect(channel.status()).toBe('too-large');
    expect(api.requests).toHaveLength(1); // not retried
    // The server got to send little more than the cap before the reader hung up.
    expect(sent).toBeGreaterThan(MAX_RESPONSE_BYTES);
    expect(sent).toBeLessThan(MAX_RESPONSE_BYTES * 2);
  });
});
