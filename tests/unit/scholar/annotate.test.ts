import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runAnnotate } from '../../../scripts/cli/annotate';
import type { Profile } from '../../../utils/profile/types';
import { startMockScholarServer, type MockScholarServer } from '../../support/mock-scholar-server';
import { networkClock, parsedSeed } from './helpers';

let server: MockScholarServer | null = null;
afterEach(async () => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  await server?.close();
  server = null;
});

/** Runs `annotate` on a virtual clock: retry waits and timeouts take no real time. */
async function annotate(data: string, profile: Profile): Promise<Profile> {
  let out = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  const { fetch, now, sleep } = networkClock();
  const code = await runAnnotate(
    { command: 'annotate', positional: ['cv.html'], format: 'json', data, candidate: null },
    profile,
    { fetch, now, sleep },
  );
  vi.restoreAllMocks();
  expect(code).toBe(0);
  return JSON.parse(out) as Profile;
}

describe('CLI annotate over HTTP (local mock APIs behind path prefixes)', () => {
  it('prints the profile with its scholar part; a second run on the same data makes no request', async () => {
    server = await startMockScholarServer({ mode: 'scenario' });
    for (const [k, v] of Object.entries(server.env())) vi.stubEnv(k, v);
    const data = fs.mkdtempSync(path.join(os.tmpdir(), 'cvlens-annotate-'));
    const first = await annotate(data, parsedSeed('hayou'));
    const cold = server.requests();
    expect(cold).toBeGreaterThan(0);
    expect(cold).toBeLessThanOrEqual(12);
    expect(first.scholar?.sources.openalex).toBe('ok');
    expect(first.publications).toHaveLength(24);
    const second = await annotate(data, parsedSeed('hayou'));
    expect(server.requests()).toBe(cold);
    expect(second.scholar?.sources.openalex).toBe('cached');
    expect(second.scholar?.publications).toEqual(first.scholar?.publications);
  });

  it('a server answering only 429 ends in statuses, not an error', async () => {
    server = await startMockScholarServer({ mode: '429' });
    for (const [k, v] of Object.entries(server.env())) vi.stubEnv(k, v);
    const data = fs.mkdtempSync(path.join(os.tmpdir(), 'cvlens-annotate-'));
    const result = await annotate(data, parsedSeed('elesedy'));
    expect(result.scholar?.sources).toMatchObject({ openalex: 'rate-limited', dblp: 'rate-limited' });
    expect(result.publications).toHaveLength(9);
  });

  it('a server answering only 503 ends in statuses, not an error', async () => {
    server = await startMockScholarServer({ mode: '503' });
    for (const [k, v] of Object.entries(server.env())) vi.stubEnv(k, v);
    const data = fs.mkdtempSync(path.join(os.tmpdir(), 'cvlens-annotate-'));
    const result = await annotate(data, parsedSeed('hayou'));
    expect(result.scholar?.sources).toMatchObject({
      openalex: 'error',
      semanticscholar: 'error',
      dblp: 'error',
    });
    expect(result.publications).toHaveLength(24);
    expect(result.scholar?.publications.every((p) => p.verdict === 'not-found')).toBe(true);
  });

  it('a server that never answers ends as offline, not an error', async () => {
    server = await startMockScholarServer({ mode: 'hang' });
    for (const [k, v] of Object.entries(server.env())) vi.stubEnv(k, v);
    const data = fs.mkdtempSync(path.join(os.tmpdir(), 'cvlens-annotate-'));
    const result = await annotate(data, parsedSeed('hayou'));
    expect(result.scholar?.sources).toMatchObject({ openalex: 'offline', semanticscholar: 'offline' });
    expect(result.publications).toHaveLength(24);
  });
});
