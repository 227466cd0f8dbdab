import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cli } from './in-process';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

describe('cli parse on a PDF past the reader’s limit', () => {
  it('is refused from its size, in one line, before it is read', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cvlens-pdf-size-'));
    dirs.push(dir);
    const file = path.join(dir, 'huge.pdf');
    // Sparse: 3 GiB on paper, nothing on disk; reading it whole would fail or fill the memory.
    fs.writeFileSync(file, '%PDF-1.7\n');
    fs.truncateSync(file, 3 * 1024 ** 3);
    const { code, stdout, stderr } = await cli('parse', file);
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    // The reader's limit, not the file system's complaint about a file too large to read.
    expect(stderr).toMatch(/PDF/);
    expect(stderr).toMatch(/up to 20,971,520 bytes \(20 MiB\)/);
  });
});
