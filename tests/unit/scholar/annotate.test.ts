import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EXIT_NOTHING_CHECKED, runAnnotate, settingsFromEnv, userAgent } from '../../../scripts/cli/annotate';
import type { Profile } from '../../../utils/model/profile';
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
async function run(data: string, profile: Profile): Promise<{ code: number; out: Profile; err: string }> {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    err += String(chunk);
    return true;
  });
  const { fetch, now, sleep } = networkClock();
  const code = await runAnnotate(
    { command: 'annotate', positional: ['cv.html'], format: 'json', data, candidate: null, url: null },
    profile,
    { fetch, now, sleep },
  );
  vi.restoreAllMocks();
  return { code, out: JSON.parse(out) as Profile, err };
}

async function annotate(data: string, profile: Profile): Promise<Profile> {
  const { code, out, err } = await run(data, profile);
  expect(code).toBe(0);
  expect(err).toBe('');
  return out;
}

/** A run in which no source could answer: JSON still printed, every publication unchecked, a line on stderr, exit 3. */
async function annotateUnchecked(data: string, profile: Profile): Promise<Profile> {
  const { code, out, err } = await run(data, profile);
  expect(code).toBe(EXIT_NOTHING_CHECKED);
  expect(err).toMatch(/^cv-lens: Nothing could be checked/);
  expect(err.trim().split('\n')).toHaveLength(1);
  expect(out.scholar?.publications.every((p) => p.verdict === 'unchecked')).toBe(true);
  return out;
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
    const result = await annotateUnchecked(data, parsedSeed('elesedy'));
    expect(result.scholar?.sources).toMatchObject({ openalex: 'rate-limited', dblp: 'rate-limited' });
    expect(result.publications).toHaveLength(9);
  });

  it('a server answering only 503 ends in statuses, not an error', async () => {
    server = await startMockScholarServer({ mode: '503' });
    for (const [k, v] of Object.entries(server.env())) vi.stubEnv(k, v);
    const data = fs.mkdtempSync(path.join(os.tmpdir(), 'cvlens-annotate-'));
    const result = await annotateUnchecked(data, parsedSeed('hayou'));
    expect(result.scholar?.sources).toMatchObject({
      openalex: 'error',
      semanticscholar: 'error',
      dblp: 'error',
    });
    expect(result.publications).toHaveLength(24);
  });

  it('a server that never answers ends as offline, not an error', async () => {
    server = await startMockScholarServer({ mode: 'hang' });
    for (const [k, v] of Object.entries(server.env())) vi.stubEnv(k, v);
    const data = fs.mkdtempSync(path.join(os.tmpdir(), 'cvlens-annotate-'));
    const result = await annotateUnchecked(data, parsedSeed('hayou'));
    expect(result.scholar?.sources).toMatchObject({ openalex: 'offline', semanticscholar: 'offline' });
    expect(result.publications).toHaveLength(24);
  });
});

describe('CLI manners', () => {
  it('names itself and a contact in the User-Agent, and passes the address to OpenAlex and Crossref', () => {
    expect(userAgent('https://cv-lens.example', 'reviewer@example.org')).toMatch(
      /^CV-Lens\/\d+\.\d+\.\d+ \(\+https:\/\/cv-lens\.example; mailto:reviewer@example\.org\)$/,
    );
    expect(userAgent(null, null)).toMatch(/^CV-Lens\/\d+\.\d+\.\d+$/);
    const settings = settingsFromEnv({
      CVLENS_MAILTO: 'reviewer@example.org',
      CVLENS_HOMEPAGE: 'https://x.example',
    });
    expect(settings).toMatchObject({
      mailto: 'reviewer@example.org',
      userAgent: expect.stringContaining('(+https://x.example; mailto:reviewer@example.org)'),
    });
  });
});
