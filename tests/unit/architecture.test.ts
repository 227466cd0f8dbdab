import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The folders of utils/ from the bottom up: a folder may import only from itself and the folders
 * before it. Word lists and the shared contract come first, then reading (document → profile),
 * checking (scholar), keeping (store, pipeline, exports) and the extension on top. README's map of
 * utils/ follows this order.
 */
const STAGES = [
  'lexicon',
  'schema',
  'learn',
  'model',
  'names',
  'document',
  'acquire',
  'dates',
  'flags',
  'publications',
  'sections',
  'entries',
  'profile',
  'scholar',
  'store',
  'pipeline',
  'export',
  'import',
  'badges',
  'messages',
  'extension',
] as const;

const UTILS = path.resolve(__dirname, '../../utils');
const IMPORT = /(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(full) : /\.tsx?$/.test(e.name) ? [full] : [];
  });
}

/** Every import from one folder of utils/ into another, as "file → imported path". */
function crossStageImports(): { file: string; from: string; to: string; spec: string }[] {
  return sourceFiles(UTILS).flatMap((file) => {
    const from = path.relative(UTILS, file).split(path.sep)[0]!;
    return [...fs.readFileSync(file, 'utf8').matchAll(IMPORT)].flatMap((m) => {
      const target = path.relative(UTILS, path.resolve(path.dirname(file), m[1]!));
      const to = target.split(path.sep)[0]!;
      return target.startsWith('..') || to === from
        ? []
        : [{ file: path.relative(UTILS, file), from, to, spec: m[1]! }];
    });
  });
}

describe('architecture', () => {
  it('places every folder of utils/ in the stage order', () => {
    const folders = fs
      .readdirSync(UTILS, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect(folders.filter((f) => !(STAGES as readonly string[]).includes(f))).toEqual([]);
  });

  it('finds the imports between stages it checks', () => {
    expect(crossStageImports().some((i) => i.from === 'profile' && i.to === 'sections')).toBe(true);
  });

  it('has every stage import only from itself and the stages below it', () => {
    const rank = (stage: string) => (STAGES as readonly string[]).indexOf(stage);
    const upward = crossStageImports()
      .filter((i) => rank(i.to) > rank(i.from))
      .map((i) => `${i.file} imports ${i.spec} (${i.from} → ${i.to})`);
    expect(upward).toEqual([]);
  });
});
