import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMAND_HELP } from '../../../scripts/cli/usage';
import type { Publication } from '../../../utils/profile/types';
import { CV_FIXTURES, PDF_FIXTURES } from '../../support/fixtures';
import { cli } from './in-process';

const tempDir = (): string => fs.mkdtempSync(path.join(os.tmpdir(), 'cvlens-cli-'));

describe('--help on every command', () => {
  it.each(Object.keys(COMMAND_HELP))('%s --help prints its synopsis and exits 0', async (command) => {
    for (const flag of ['--help', '-h']) {
      const { code, stdout, stderr } = await cli(command, flag);
      expect(code).toBe(0);
      expect(stderr).toBe('');
      expect(stdout).toContain(COMMAND_HELP[command as keyof typeof COMMAND_HELP].synopsis);
    }
  });

  it('--help wins over the rest of the line, and help names every command', async () => {
    const { code, stdout } = await cli('parse', 'no/such.html', '--format', 'yaml', '--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^usage: .* parse </);
    const all = await cli('help');
    for (const help of Object.values(COMMAND_HELP)) expect(all.stdout).toContain(help.synopsis);
    expect((await cli('help', 'frobnicate')).code).toBe(2);
  });
});

describe('parse --format text on the seed CVs', () => {
  it('shows each publication once with its year once, its authors and the candidate’s place among them', async () => {
    const { stdout } = await cli('parse', path.join(CV_FIXTURES, 'html/hayou.html'), '--format', 'text');
    expect(stdout).toContain(
      '  LoRA+: Efficient Low Rank Adaptation of Large Models — International Conference on Machine Learning (ICML 2024)\n' +
        '      Soufiane Hayou, Nikhil Gosh, Bin Yu — 1st of 3, equal contribution\n',
    );
    expect(stdout).not.toMatch(/\(ICML 2024\) 2024/);
    // A status written where the venue goes is said once, as a status.
    expect(stdout).toContain(
      '  The Impact of Initialization on LoRA Finetuning Dynamics — 2024 [submitted]\n',
    );
    expect(stdout).toMatch(/Mohamed El Amine Seddik, .* — 3rd of 5\n/);
    expect(stdout).toMatch(/^Soufiane Hayou {2}\[CV, html\]$/m);
  });

  it('the PDF of a seed reads the same way', async () => {
    const { stdout } = await cli('parse', path.join(CV_FIXTURES, 'pdf/elesedy.pdf'), '--format', 'text');
    expect(stdout).toMatch(/^Hayder Elesedy {2}\[CV, pdf\]$/m);
    expect(stdout).toContain(
      '      Hayder Elesedy, Pedro M. Esperança, Silviu Vlad Oprea, Mete Ozay — 1st of 4\n',
    );
  });
});

describe('refs keeps "et al." as a mark', () => {
  it('an author list cut short is marked incomplete, and "et al." is no author', async () => {
    const file = path.join(tempDir(), 'refs.txt');
    fs.writeFileSync(
      file,
      'Smith, J., Jones, K., et al. (2020). Deep learning for cats. In NeurIPS.\n' +
        'Smith, J. and Jones, K. (2021). Deep learning for dogs. In ICML.\n',
    );
    const [cut, whole] = JSON.parse((await cli('refs', file)).stdout) as Publication[];
    expect(cut).toMatchObject({ authors: ['Smith, J.', 'Jones, K.'], authorsIncomplete: true });
    expect(whole!.authors).toEqual(['Smith, J.', 'Jones, K.']);
    expect(whole).not.toHaveProperty('authorsIncomplete');
  });
});

describe('PDF and input errors: one line on stderr, exit 2', () => {
  it.each([
    ['not-a-pdf.pdf', /not-a-pdf\.pdf: This file is not a PDF/],
    ['encrypted.pdf', /encrypted\.pdf: This PDF is password-protected/],
    ['scanned.pdf', /scanned\.pdf: This PDF has no text layer/],
    ['truncated.pdf', /truncated\.pdf: This PDF is damaged/],
  ])('%s', async (name, message) => {
    const { code, stdout, stderr } = await cli('parse', path.join(PDF_FIXTURES, name));
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/unexpected error|\n\s+at /);
  });

  it('a PDF over the limit is refused before it is read, with sizes that make the refusal true', async () => {
    const file = path.join(tempDir(), 'big.pdf');
    fs.writeFileSync(file, '%PDF-1.4\n');
    fs.truncateSync(file, 21_000_880);
    const { code, stderr } = await cli('parse', file);
    expect(code).toBe(2);
    expect(stderr.trimEnd()).toBe(
      `cv-lens: ${file}: This PDF is 21,000,880 bytes (20.03 MiB); CV Lens reads PDFs of up to 20,971,520 bytes (20 MiB).`,
    );
  });

  it('a directory, a missing backup, a damaged store: each one line, exit 2', async () => {
    const dir = tempDir();
    expect((await cli('parse', path.join(dir, 'x.html'))).stderr).toMatch(/^cv-lens: no such file: .*\n$/);
    fs.mkdirSync(path.join(dir, 'folder.html'));
    expect((await cli('parse', path.join(dir, 'folder.html'))).stderr).toMatch(/is a directory, not a file/);
    expect(await cli('refs', dir)).toMatchObject({
      code: 2,
      stderr: `cv-lens: is a directory, not a file: ${dir}\n`,
    });
    const missing = await cli('import', path.join(dir, 'none.json'), '--data', dir);
    expect(missing).toMatchObject({
      code: 2,
      stderr: `cv-lens: no such file: ${path.join(dir, 'none.json')}\n`,
    });
    fs.writeFileSync(path.join(dir, 'store.json'), '{"format": "cv-lens-dat');
    const damaged = await cli('list', '--data', dir);
    expect(damaged.code).toBe(2);
    expect(damaged.stderr).toMatch(/^cv-lens: .*store\.json is damaged \(.*\); it was left as it is\n$/);
    expect(fs.readFileSync(path.join(dir, 'store.json'), 'utf8')).toBe('{"format": "cv-lens-dat');
  });

  it('add reports a file it cannot read in one line and still adds the others', async () => {
    const data = tempDir();
    const { code, stdout, stderr } = await cli(
      'add',
      path.join(PDF_FIXTURES, 'encrypted.pdf'),
      path.join(CV_FIXTURES, 'html/elesedy.html'),
      '--data',
      data,
    );
    expect(code).toBe(1);
    expect(stderr).toMatch(/^cv-lens: .*encrypted\.pdf: This PDF is password-protected.*\n$/);
    expect(stdout).toMatch(/^added \S+ Hayder Elesedy /);
  });
});

describe('list and --candidate over the seed CVs', () => {
  const seeds = ['html/hayou.html', 'html/elesedy.html', 'html/elmhamdi.html'].map((f) =>
    path.join(CV_FIXTURES, f),
  );

  it('a folder with no store, then an empty store, each say so in a line', async () => {
    const missing = path.join(tempDir(), 'not-yet');
    const none = await cli('list', '--data', missing);
    expect(none).toMatchObject({ code: 0, stderr: '' });
    expect(none.stdout).toBe(
      `No candidates: there is no store in ${missing} yet (add CVs with: add <file> --data ${missing}).\n`,
    );
    expect(fs.existsSync(missing)).toBe(false);
    expect(JSON.parse((await cli('list', '--format', 'json', '--data', missing)).stdout)).toEqual([]);
    // A backup of nobody makes a store that exists and is empty.
    const backup = path.join(tempDir(), 'empty.json');
    fs.writeFileSync(backup, (await cli('export', '--format', 'json', '--data', missing)).stdout);
    await cli('import', backup, '--data', missing);
    expect((await cli('list', '--data', missing)).stdout).toBe(`No candidates in ${missing}.\n`);
  });

  it('list has a header, short ids and the document kind; --candidate takes a unique id prefix or a name', async () => {
    const data = tempDir();
    await cli('add', ...seeds, '--data', data);
    const lines = (await cli('list', '--data', data)).stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ID {2,}NAME {2,}DOCUMENT {2,}PUBS/);
    expect(lines).toHaveLength(4);
    const hayou = lines.find((l) => l.includes('Soufiane Hayou'))!;
    expect(hayou).toMatch(/^[0-9a-f]{8}\s+Soufiane Hayou\s+CV\s+24\s/);
    const shortId = hayou.split(' ')[0]!;

    const byPrefix = await cli(
      'export',
      '--format',
      'jsonresume',
      '--candidate',
      shortId.slice(0, 6),
      '--data',
      data,
    );
    expect(JSON.parse(byPrefix.stdout)).toHaveProperty('basics.name', 'Soufiane Hayou');
    const byName = await cli(
      'export',
      '--format',
      'jsonresume',
      '--candidate',
      'hayder elesedy',
      '--data',
      data,
    );
    expect(JSON.parse(byName.stdout)).toHaveProperty('basics.name', 'Hayder Elesedy');
    const byPart = await cli('export', '--format', 'bibtex', '--candidate', 'Hayou', '--data', data);
    expect(byPart.stdout).toMatch(/^% Soufiane Hayou: 24 publications/);

    const ambiguous = await cli('export', '--format', 'jsonresume', '--candidate', 'el', '--data', data);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stdout).toBe('');
    expect(ambiguous.stderr).toMatch(/--candidate "el" matches 2 candidates/);
    expect(ambiguous.stderr).toContain('Hayder Elesedy');
    expect(ambiguous.stderr).toContain('El Mahdi El Mhamdi');
    const nobody = await cli('export', '--format', 'jsonresume', '--candidate', 'Turing', '--data', data);
    expect(nobody).toMatchObject({ code: 2 });
    expect(nobody.stderr).toMatch(/no candidate matches --candidate "Turing"/);
  });
});
