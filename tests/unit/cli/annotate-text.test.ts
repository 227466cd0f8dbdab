import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runAnnotate } from '../../../scripts/cli/annotate';
import type { Profile } from '../../../utils/profile/types';
import { VERDICT_LABELS } from '../../../utils/scholar/labels';
import { startMockScholarServer, type MockScholarServer } from '../../support/mock-scholar-server';
import { networkClock, parsedSeed } from '../scholar/helpers';

let server: MockScholarServer | null = null;
afterEach(async () => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  await server?.close();
  server = null;
});

async function annotate(format: 'json' | 'text', data: string, profile: Profile): Promise<string> {
  let out = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  const { fetch, now, sleep } = networkClock();
  const code = await runAnnotate(
    { command: 'annotate', positional: ['cv.html'], format, data, candidate: null, url: null },
    profile,
    { fetch, now, sleep },
  );
  vi.restoreAllMocks();
  expect(code).toBe(0);
  return out;
}

describe('annotate --format text: the verdict table a person reads', () => {
  it('on the Hayou seed: a header, the sources, then one row per publication with its verdict, year and author place', async () => {
    server = await startMockScholarServer({ mode: 'scenario' });
    for (const [k, v] of Object.entries(server.env())) vi.stubEnv(k, v);
    const data = fs.mkdtempSync(path.join(os.tmpdir(), 'cvlens-annotate-text-'));
    const profile = parsedSeed('hayou');
    const json = JSON.parse(await annotate('json', data, profile)) as Required<Profile>;
    // The second run reads the cache: the same answer, now as text.
    const text = await annotate('text', data, profile);
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe('Soufiane Hayou  [CV, html]');
    expect(lines[1]).toMatch(/^Sources: OpenAlex from cache, DBLP /);
    const header = lines.findIndex((l) => l.startsWith('VERDICT'));
    expect(lines[header]).toMatch(/^VERDICT\s+YEAR\s+AUTHOR\s+CITED\s+TITLE — VENUE$/);
    const rows = lines.slice(header + 1).filter((l) => !/^\s/.test(l));
    expect(rows).toHaveLength(24);
    json.scholar.publications.forEach((found) => {
      const label = VERDICT_LABELS[found.verdict];
      const publication = profile.publications[found.index]!;
      expect(rows[found.index]!.startsWith(`${label.icon} ${label.text}`)).toBe(true);
      expect(rows[found.index]).toContain(publication.title!);
    });
    // The year once, the place among the authors, equal contribution said.
    expect(rows[1]).toMatch(
      /2024\s+1st of 3, equal contribution\s+.*LoRA\+: Efficient Low Rank Adaptation of Large Models — International Conference on Machine Learning \(ICML 2024\)$/,
    );
    expect(rows[3]).toMatch(/3rd of 5/);
    const counts = lines.find((l) => l.startsWith('Publications (24): '));
    const verified = json.scholar.publications.filter((p) => p.verdict === 'verified').length;
    expect(counts).toContain(`${verified} verified`);
  });
});
