import fs from 'node:fs';
import os from 'node:os';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { CV_FIXTURES, REPO } from '../../support/fixtures';
import { cli } from './in-process';

const run = promisify(execFile);

/**
 * Through a real process: the exit code and the one stderr line, as a shell sees them. One Node with
 * tsx's loader, as store-lock.test.ts starts: the tsx command would start a second Node.
 */
async function cliProcess(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', path.join(REPO, 'scripts/cli.ts'), ...args],
      { cwd: REPO },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const PROFILE_KEYS = [
  'schemaVersion',
  'source',
  'documentKind',
  'person',
  'education',
  'positions',
  'publications',
  'awards',
  'talks',
  'teaching',
  'service',
  'skills',
  'flags',
];

describe('cli parse', () => {
  it.each([
    ['html/hayou.html', 'html', 'Soufiane Hayou'],
    ['html/elesedy.html', 'html', 'Hayder Elesedy'],
    ['html/elmhamdi.html', 'html', 'El Mahdi El Mhamdi'],
    ['pdf/hayou.pdf', 'pdf', 'Soufiane Hayou'],
    ['pdf/elesedy.pdf', 'pdf', 'Hayder Elesedy'],
    ['pdf/elmhamdi.pdf', 'pdf', 'El Mahdi El Mhamdi'],
  ])('prints the profile JSON of %s', async (file, kind, name) => {
    const { code, stdout } = await cli('parse', path.join(CV_FIXTURES, file), '--format', 'json');
    expect(code).toBe(0);
    const profile = JSON.parse(stdout) as Record<string, unknown>;
    expect(Object.keys(profile)).toEqual(expect.arrayContaining(PROFILE_KEYS));
    expect(profile.source).toMatchObject({ kind });
    expect(profile.person).toMatchObject({ name });
  });

  it('prints a readable summary with --format text', async () => {
    const { code, stdout } = await cli(
      'parse',
      path.join(CV_FIXTURES, 'html/elesedy.html'),
      '--format',
      'text',
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Hayder Elesedy/);
    expect(stdout).toContain('also: Bryn Elesedy');
    expect(stdout).toContain('Education (2)');
  });

  it('a missing file: one line on stderr and a non-zero exit', async () => {
    const { code, stdout, stderr } = await cliProcess('parse', 'no/such/cv.html', '--format', 'json');
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('no such file: no/such/cv.html');
  });

  it('an unknown format or file type is refused the same way', async () => {
    const html = path.join(CV_FIXTURES, 'html/hayou.html');
    expect((await cli('parse', html, '--format', 'yaml')).stderr).toContain('unknown format');
    expect((await cli('parse', path.join(REPO, 'package.json'))).stderr).toContain('unsupported file type');
  });
});

describe('cli parse --url', () => {
  it("resolves the page's relative links against its own address, as the browser does", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cvlens-url-'));
    const file = path.join(dir, 'cv.html');
    fs.writeFileSync(
      file,
      `<html><head><title>Ada Lovelace</title></head><body><main><h1>Ada Lovelace</h1>
<p><a href="mailto:ada@example.org">ada@example.org</a></p><h2>Education</h2><ul><li>2010 – 2014: PhD, University of Oxford</li></ul>
<h2>Publications</h2><ol><li>Lovelace, A. (2019). On Graphs. ICML. <a href="papers/graphs.pdf">pdf</a></li>
<li>Lovelace, A., &amp; Turing, A. (2020). On Engines. NeurIPS. <a href="papers/engines.pdf">pdf</a></li></ol></main></body></html>`,
    );
    const { code, stdout } = await cli('parse', file, '--url', 'https://ada.example.org/cv/');
    expect(code).toBe(0);
    const profile = JSON.parse(stdout) as { source: { url: string }; publications: { links: string[] }[] };
    expect(profile.source.url).toBe('https://ada.example.org/cv/');
    expect(profile.publications.flatMap((p) => p.links)).toEqual(
      expect.arrayContaining(['https://ada.example.org/cv/papers/graphs.pdf']),
    );
    const without = JSON.parse((await cli('parse', file)).stdout) as { publications: { links: string[] }[] };
    expect(without.publications.flatMap((p) => p.links).join(' ')).not.toContain('ada.example.org');
  });

  it('refuses an address that is not http(s), in one line', async () => {
    const { code, stderr } = await cli(
      'parse',
      path.join(CV_FIXTURES, 'html/hayou.html'),
      '--url',
      'javascript:x',
    );
    expect(code).not.toBe(0);
    expect(stderr.trim()).toMatch(/--url needs an http\(s\) address/);
  });
});
