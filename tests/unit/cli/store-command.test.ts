import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CV_FIXTURES, SEED_IDS } from '../../support/fixtures';
import { cli as runCli } from './in-process';

async function cli(...args: string[]): Promise<string> {
  const { code, stdout, stderr } = await runCli(...args);
  if (code !== 0) throw new Error(`cli ${args[0]} exited ${code}: ${stderr}`);
  return stdout;
}

describe('cli add, list, export, import over one --data folder', () => {
  it('six seed files (three people, each as HTML and PDF) give three candidates; a backup round-trips', async () => {
    const data = fs.mkdtempSync(path.join(os.tmpdir(), 'cvlens-store-'));
    const files = SEED_IDS.flatMap((id) => [
      path.join(CV_FIXTURES, `html/${id}.html`),
      path.join(CV_FIXTURES, `pdf/${id}.pdf`),
    ]);
    const added = await cli('add', ...files, '--data', data);
    expect(added.match(/^added /gm)).toHaveLength(3);
    expect(added.match(/^merged /gm)).toHaveLength(3);

    const list = JSON.parse(await cli('list', '--format', 'json', '--data', data)) as {
      name: string;
      publications: number;
    }[];
    expect(list.map((c) => c.name).sort()).toEqual([
      'El Mahdi El Mhamdi',
      'Hayder Elesedy',
      'Soufiane Hayou',
    ]);
    // HTML and PDF of one CV list the same papers: merging adds none twice.
    expect(Object.fromEntries(list.map((c) => [c.name, c.publications]))).toMatchObject({
      'Hayder Elesedy': 9,
      'Soufiane Hayou': 24,
    });

    const backup = path.join(data, 'backup.json');
    fs.writeFileSync(backup, await cli('export', '--format', 'json', '--data', data));
    const fresh = fs.mkdtempSync(path.join(os.tmpdir(), 'cvlens-store-'));
    await cli('import', backup, '--data', fresh);
    await cli('import', backup, '--data', fresh);
    const again = JSON.parse(await cli('list', '--format', 'json', '--data', fresh)) as { name: string }[];
    expect(again).toHaveLength(3);
  });
});
