import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXPORTERS } from '../../../utils/export';
import { REPO } from '../../support/fixtures';

const testName: Record<string, string> = { json: 'json-backup', jsonresume: 'json-resume' };
/** Files of utils/export that are not exporters: the registry, the shared types and helpers. */
const NOT_EXPORTERS = ['index.ts', 'types.ts', 'publication-parts.ts'];

describe('exporter registry', () => {
  it('registers every exporter file, and each has its tests', () => {
    const files = fs
      .readdirSync(path.join(REPO, 'utils/export'))
      .filter((f) => f.endsWith('.ts') && !NOT_EXPORTERS.includes(f))
      .map((f) => f.replace(/\.ts$/, ''));
    const registered = Object.keys(EXPORTERS).map((format) => testName[format] ?? format);
    expect(registered.sort()).toEqual(files.sort());
    for (const name of registered)
      expect(fs.existsSync(path.join(REPO, `tests/unit/export/${name}.test.ts`))).toBe(true);
    for (const [format, exporter] of Object.entries(EXPORTERS)) expect(exporter.format).toBe(format);
  });
});
