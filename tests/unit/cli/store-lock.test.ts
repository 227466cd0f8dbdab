import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CliArgs } from '../../../scripts/cli/args';
import { FileScholarCache } from '../../../scripts/cli/file-cache';
import { runStoreCommand } from '../../../scripts/cli/store-commands';
import { withLock } from '../../../scripts/cli/store-lock';
import { CV_FIXTURES, REPO, SEED_IDS } from '../../support/fixtures';
import { seedProfile } from '../../support/profiles';

let dir: string;
let out: string[];

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cvlens-lock-'));
  out = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out.push(String(chunk));
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
});
afterEach(() => {
  vi.restoreAllMocks();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A parser that takes its time, as a PDF does: both runs have read the store before either writes. */
async function slowParse(file: string) {
  await new Promise((resolve) => setTimeout(resolve, 100));
  return seedProfile(path.basename(file, '.html') as (typeof SEED_IDS)[number], 'html');
}

function addArgs(file: string): CliArgs {
  const data = path.join(dir, 'data');
  return { command: 'add', positional: [file], format: null, data, candidate: null, url: null };
}

function seedFile(id: string): string {
  const file = path.join(dir, `${id}.html`);
  fs.writeFileSync(file, id);
  return file;
}

async function storedNames(): Promise<string[]> {
  out = [];
  await runStoreCommand({ ...addArgs(''), command: 'list', format: 'json', positional: [] }, slowParse);
  return (JSON.parse(out.join('')) as { name: string }[]).map((c) => c.name).sort();
}

describe('the CLI store under a lock', () => {
  it('three concurrent adds on one --data folder keep every candidate', async () => {
    const codes = await Promise.all(SEED_IDS.map((id) => runStoreCommand(addArgs(seedFile(id)), slowParse)));
    expect(codes).toEqual([0, 0, 0]);
    expect(await storedNames()).toEqual(['El Mahdi El Mhamdi', 'Hayder Elesedy', 'Soufiane Hayou']);
    expect(fs.readdirSync(path.join(dir, 'data'))).toEqual(['store.json']);
  });

  it('a lock left by a process that has ended is taken over; a live one is waited for', async () => {
    const data = path.join(dir, 'data');
    fs.mkdirSync(data);
    // A pid no process has: the run that held the lock died without releasing it.
    const dead = { pid: 2 ** 22 + 17, host: os.hostname(), since: '2025-01-01T00:00:00Z' };
    fs.writeFileSync(path.join(data, 'store.lock'), JSON.stringify(dead));
    expect(await runStoreCommand(addArgs(seedFile('hayou')), slowParse)).toBe(0);
    expect(fs.existsSync(path.join(data, 'store.lock'))).toBe(false);

    const order: string[] = [];
    let waited = 0;
    let entered: () => void = () => undefined;
    const firstHolds = new Promise<void>((resolve) => (entered = resolve));
    const first = withLock(data, 'store', async () => {
      order.push('first in');
      entered();
      await new Promise((resolve) => setTimeout(resolve, 100));
      order.push('first out');
    });
    // The second run asks only once the first holds the lock (taking it is asynchronous).
    await firstHolds;
    const second = withLock(data, 'store', async () => void order.push('second'), {
      onWait: () => waited++,
    });
    await Promise.all([first, second]);
    expect(order).toEqual(['first in', 'first out', 'second']);
    expect(waited).toBe(1);
  });

  it("two runs caching scholar answers at once keep both runs' answers", async () => {
    const data = path.join(dir, 'data');
    const first = new FileScholarCache(data);
    const second = new FileScholarCache(data);
    // Both have read the (missing) file before either writes.
    expect(await first.get('a')).toBeNull();
    expect(await second.get('b')).toBeNull();
    await Promise.all([first.put('a', 1), second.put('b', 2), first.put('c', 3)]);
    const third = new FileScholarCache(data);
    expect(await Promise.all(['a', 'b', 'c'].map(async (k) => (await third.get(k))?.value))).toEqual([
      1, 2, 3,
    ]);
    expect(fs.readdirSync(data)).toEqual(['scholar-cache.json']);
  });

  it('two CLI processes adding at once: both candidates are stored', async () => {
    const data = path.join(dir, 'data');
    const run = promisify(execFile);
    // Each process is one Node with tsx's loader (the tsx command would start a second Node), and
    // reads an HTML seed: a PDF doubled the processes' CPU and loaded pdf.js for nothing the lock
    // cares about, and the test ran past its timeout on a busy machine.
    const add = (id: string) =>
      run(
        process.execPath,
        [
          '--import',
          'tsx',
          path.join(REPO, 'scripts/cli.ts'),
          'add',
          path.join(CV_FIXTURES, `html/${id}.html`),
          '--data',
          data,
        ],
        { cwd: REPO },
      );
    await Promise.all([add('hayou'), add('elesedy')]);
    expect(await storedNames()).toEqual(['Hayder Elesedy', 'Soufiane Hayou']);
  }, 120_000);
});
