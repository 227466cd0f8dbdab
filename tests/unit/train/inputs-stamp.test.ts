import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterEach, describe, expect, it } from 'vitest';
import {
  hashTrainingInputs,
  stampHolds,
  stampOf,
  STAMP_FILE,
  TRAINING_INPUTS,
  writeStamp,
} from '../../../scripts/train/inputs-stamp';
import { REPO } from '../../support/fixtures';

const WEIGHTS = ['utils/a-model.json', 'utils/b/weights.json'];

/** A small repository: an input of each kind, the weights as a training wrote them, its stamp. */
function trainedRepo(): string {
  const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'cvlens-stamp-'));
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
    fs.writeFileSync(path.join(repo, file), text);
  };
  write('utils/reader.ts', 'export const reader = 1;\n');
  write('tests/corpus/docs/one.html', '<p>one</p>');
  write('package-lock.json', '{}');
  write('tests/unit/not-an-input.test.ts', '');
  const files = new Map(WEIGHTS.map((file, i) => [file, `{"w":${i}}\n`]));
  for (const [file, text] of files) write(file, text);
  fs.mkdirSync(path.dirname(path.join(repo, STAMP_FILE)), { recursive: true });
  writeStamp(repo, stampOf(hashTrainingInputs(repo, WEIGHTS), files));
  return repo;
}

let repo = '';
afterEach(() => fs.rmSync(repo, { recursive: true, force: true }));

const holds = (dir: string) =>
  stampHolds(
    dir,
    JSON.parse(fs.readFileSync(path.join(dir, STAMP_FILE), 'utf8')),
    hashTrainingInputs(dir, WEIGHTS),
    WEIGHTS,
  );

describe('the training stamp (npm run train -- --check refits only when it does not hold)', () => {
  it('holds for the inputs and weights a training recorded, whatever else changes', () => {
    repo = trainedRepo();
    expect(holds(repo)).toBe(true);
    fs.writeFileSync(path.join(repo, 'tests/unit/not-an-input.test.ts'), 'changed');
    expect(holds(repo)).toBe(true);
  });

  it.each([
    ['a weights file is edited', 'utils/a-model.json', '{"w":7}\n'],
    ['the reader changes', 'utils/reader.ts', 'export const reader = 2;\n'],
    ['a corpus document changes', 'tests/corpus/docs/one.html', '<p>two</p>'],
    ['a corpus document is added', 'tests/corpus/docs/two.html', '<p>two</p>'],
    ['the pinned packages change', 'package-lock.json', '{"v":2}'],
  ])('fails when %s', (_, file, text) => {
    repo = trainedRepo();
    fs.writeFileSync(path.join(repo, file), text);
    expect(holds(repo)).toBe(false);
  });

  it('fails when a weights file is missing', () => {
    repo = trainedRepo();
    fs.rmSync(path.join(repo, WEIGHTS[1]!));
    expect(holds(repo)).toBe(false);
  });

  // esbuild is the bundler tsx runs every script with: its metafile lists each module the trainer
  // imports, JSON word lists and weights included.
  it('names every module the trainer imports among its inputs', async () => {
    const bundle = await build({
      entryPoints: [path.join(REPO, 'scripts/train.ts')],
      bundle: true,
      write: false,
      metafile: true,
      platform: 'node',
      format: 'esm',
      packages: 'external',
      logLevel: 'silent',
      absWorkingDir: REPO,
    });
    const imported = Object.keys(bundle.metafile.inputs);
    expect(imported.length).toBeGreaterThan(100);
    const outside = imported.filter(
      (file) => !TRAINING_INPUTS.some((input) => file === input || file.startsWith(`${input}/`)),
    );
    expect(outside).toEqual([]);
  });
});
