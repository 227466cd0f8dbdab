import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CliArgs } from '../../../scripts/cli/args';
import { CliError } from '../../../scripts/cli/args';
import { runStoreCommand } from '../../../scripts/cli/store-commands';
import { SEED_IDS } from '../../support/fixtures';
import { seedProfile } from '../../support/profiles';

let dir: string;
let out: string[];

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cvlens-cli-'));
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

/** Stand-in for the real parser: the file's name says which seed and which form it is. */
async function parseFile(file: string) {
  const [id, ext] = path.basename(file).split('.') as [(typeof SEED_IDS)[number], string];
  return seedProfile(id, ext === 'pdf' ? 'pdf' : 'html');
}

function args(command: string, positional: string[] = [], more: Partial<CliArgs> = {}): CliArgs {
  return {
    command,
    positional,
    format: null,
    data: path.join(dir, 'data'),
    candidate: null,
    url: null,
    ...more,
  };
}

async function run(a: CliArgs): Promise<string> {
  out = [];
  expect(await runStoreCommand(a, parseFile)).toBe(0);
  return out.join('');
}

function seedFiles(): string[] {
  return SEED_IDS.flatMap((id) =>
    ['html', 'pdf'].map((ext) => {
      const file = path.join(dir, `${id}.${ext}`);
      fs.writeFileSync(file, `${id} ${ext}`);
      return file;
    }),
  );
}

describe('CLI store commands', () => {
  it('adds the six seed files as three candidates, persisted between runs', async () => {
    const added = await run(args('add', seedFiles()));
    expect(added.match(/^added /gm)).toHaveLength(3);
    expect(added.match(/^merged /gm)).toHaveLength(3);
    expect(fs.readdirSync(path.join(dir, 'data'))).toEqual(['store.json']);
    const list = JSON.parse(await run(args('list', [], { format: 'json' }))) as { name: string }[];
    expect(list.map((c) => c.name)).toEqual(['El Mahdi El Mhamdi', 'Hayder Elesedy', 'Soufiane Hayou']);
    const text = (await run(args('list'))).split('\n');
    expect(text[0]).toMatch(/^ID\s+NAME\s+DOCUMENT\s+PUBS\s+AFFILIATION\s+STATUS\s+RATING\s+TAGS$/);
    expect(text.find((l) => l.includes('Soufiane Hayou'))).toMatch(
      /^[0-9a-f]{8,}\s+Soufiane Hayou\s+CV\s+24\s+.*\snew\s/,
    );
    // Unchanged files are not parsed again.
    expect(await run(args('add', seedFiles().slice(0, 1)))).toMatch(/^unchanged /);
  });

  it('exports every format and imports a backup into another store', async () => {
    await run(args('add', seedFiles()));
    const backup = await run(args('export', [], { format: 'json' }));
    expect(JSON.parse(backup)).toMatchObject({ format: 'cv-lens-backup', version: 2 });
    expect((await run(args('export', [], { format: 'csv' }))).split('\r\n')).toHaveLength(5);
    expect((await run(args('export', [], { format: 'bibtex' }))).match(/^@/gm)).toHaveLength(9 + 24);
    await expect(runStoreCommand(args('export', [], { format: 'jsonresume' }), parseFile)).rejects.toThrow(
      CliError,
    );
    const id = (
      JSON.parse(backup) as { candidates: { id: string; profile: { person: { name: string } } }[] }
    ).candidates.find((c) => c.profile.person.name === 'Hayder Elesedy')!.id;
    expect(JSON.parse(await run(args('export', [], { format: 'jsonresume', candidate: id })))).toHaveProperty(
      'basics.name',
      'Hayder Elesedy',
    );

    const file = path.join(dir, 'backup.json');
    fs.writeFileSync(file, backup);
    const other = path.join(dir, 'other');
    expect(await run(args('import', [file], { data: other }))).toBe('imported: 3 added, 0 merged\n');
    expect(await run(args('import', [file], { data: other }))).toBe('imported: 0 added, 3 merged\n');
    expect(await run(args('export', [], { format: 'csv', data: other }))).toBe(
      await run(args('export', [], { format: 'csv' })),
    );
  });

  it('a file the parser fails on is reported in one line; the other files are still stored', async () => {
    let err = '';
    vi.mocked(process.stderr.write).mockImplementation((chunk: string | Uint8Array) => {
      err += String(chunk);
      return true;
    });
    const broken = async (file: string) => {
      if (file.includes('hayou')) throw new TypeError('cannot read properties of undefined');
      return parseFile(file);
    };
    expect(await runStoreCommand(args('add', seedFiles()), broken)).toBe(1);
    expect(err.trimEnd().split('\n')).toHaveLength(2);
    expect(err).toMatch(/^cv-lens: .*hayou\.html: cannot read properties of undefined$/m);
    const list = JSON.parse(await run(args('list', [], { format: 'json' }))) as { name: string }[];
    expect(list.map((c) => c.name)).toEqual(['El Mahdi El Mhamdi', 'Hayder Elesedy']);
  });

  it('refuses a bad backup and leaves the store file as it was', async () => {
    await run(args('add', seedFiles()));
    const before = fs.readFileSync(path.join(dir, 'data/store.json'), 'utf8');
    const file = path.join(dir, 'bad.json');
    fs.writeFileSync(
      file,
      '{"format": "cv-lens-backup", "version": 1, "exportedAt": "2025-01-01T00:00:00Z", "candidates": [{}]}',
    );
    await expect(runStoreCommand(args('import', [file]), parseFile)).rejects.toThrow(
      /nothing changed: candidates\[0\]\.id/,
    );
    expect(fs.readFileSync(path.join(dir, 'data/store.json'), 'utf8')).toBe(before);
  });
});
