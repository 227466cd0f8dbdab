import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * What a training reads, relative to the repository: the reader and its word lists (utils/), the
 * trainers and the scripts they import (the CLI's document reading, the corpus listing, eval's
 * scoring), the corpus and the fixtures it trains on, the pinned packages (linkedom, parse5 and
 * pdf.js read the documents) and the compiler settings tsx runs under. Folders are walked whole,
 * untracked files included, so a file a training could read is never left out; more than a
 * training reads only costs a refit. tests/unit/train/inputs-stamp.test.ts fails when the trainer
 * imports a module outside these.
 */
export const TRAINING_INPUTS = [
  'utils',
  'scripts/train.ts',
  'scripts/train',
  'scripts/cli',
  'scripts/corpus',
  'scripts/eval',
  'tests/corpus',
  'tests/fixtures',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
];

/** Written by `npm run train` beside the weights: what that training read and what it wrote. */
export const STAMP_FILE = 'scripts/train/weights-stamp.json';

export interface TrainingStamp {
  /** sha256 over every input file's path and bytes, and the Node version that ran the training. */
  inputs: string;
  /** sha256 of each weights file's text as the training wrote it, by its path in the repository. */
  weights: Record<string, string>;
}

const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

/** Every file under `entry` (a file or a folder), sorted, as paths relative to `repo`. */
function filesUnder(repo: string, entry: string): string[] {
  const full = path.join(repo, entry);
  if (!fs.existsSync(full)) return [];
  if (!fs.statSync(full).isDirectory()) return [entry];
  return fs
    .readdirSync(full)
    .sort()
    .flatMap((name) => filesUnder(repo, path.posix.join(entry, name)));
}

/**
 * The hash of a training's inputs in `repo`: every file of TRAINING_INPUTS but the files a
 * training writes (`outputs`, the stamp itself), each by its path and its bytes, then the Node
 * version (the numbers the trainers compute are the engine's).
 */
export function hashTrainingInputs(repo: string, outputs: readonly string[]): string {
  const skipped = new Set([...outputs, STAMP_FILE]);
  const hash = createHash('sha256');
  for (const file of TRAINING_INPUTS.flatMap((entry) => filesUnder(repo, entry))) {
    if (skipped.has(file)) continue;
    const bytes = fs.readFileSync(path.join(repo, file));
    hash.update(`${file}\0${bytes.length}\0`).update(bytes);
  }
  hash.update(`node ${process.version}`);
  return hash.digest('hex');
}

/** The stamp of a training that read inputs hashing to `inputs` and wrote `files` (path → text). */
export function stampOf(inputs: string, files: ReadonlyMap<string, string>): TrainingStamp {
  return {
    inputs,
    weights: Object.fromEntries(
      [...files].sort(([a], [b]) => a.localeCompare(b)).map(([f, t]) => [f, sha256(t)]),
    ),
  };
}

/**
 * Whether the repository's weights are those a training recorded for exactly these inputs: the
 * stamp names the same inputs hash, and each weights file on disk hashes as the training wrote it.
 * Any other case (no stamp, an input changed, a weights file edited) needs a refit to decide.
 */
export function stampHolds(
  repo: string,
  stamp: TrainingStamp | null,
  inputs: string,
  outputs: readonly string[],
): boolean {
  if (!stamp || stamp.inputs !== inputs) return false;
  const recorded = Object.keys(stamp.weights).sort();
  if (recorded.join('\n') !== [...outputs].sort().join('\n')) return false;
  return outputs.every((file) => {
    const full = path.join(repo, file);
    return fs.existsSync(full) && sha256(fs.readFileSync(full, 'utf8')) === stamp.weights[file];
  });
}

export function readStamp(repo: string): TrainingStamp | null {
  const file = path.join(repo, STAMP_FILE);
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as TrainingStamp) : null;
}

export function writeStamp(repo: string, stamp: TrainingStamp): void {
  fs.writeFileSync(path.join(repo, STAMP_FILE), `${JSON.stringify(stamp, null, 2)}\n`);
}
