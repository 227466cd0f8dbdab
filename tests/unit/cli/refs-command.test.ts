import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSequences } from '../../../scripts/eval/anystyle-xml';
import type { Publication } from '../../../utils/model/profile';
import { REFERENCE_CORPUS } from '../../support/fixtures';
import { cli } from './in-process';

describe('cli refs', () => {
  it('turns one reference per line into publications, in the same order', async () => {
    const xml = fs.readFileSync(REFERENCE_CORPUS, 'utf8');
    const lines = readSequences(xml)
      .slice(0, 40)
      .map((fields) => fields.map((f) => f.text).join(' '));
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cvlens-refs-')), 'refs.txt');
    fs.writeFileSync(file, `${lines.join('\n')}\n\n`);
    const { stdout } = await cli('refs', file, '--format', 'json');
    const publications = JSON.parse(stdout) as Publication[];
    expect(publications.map((p) => p.raw)).toEqual(lines);
    expect(publications.filter((p) => p.title && p.year).length).toBeGreaterThan(30);
  });
});
