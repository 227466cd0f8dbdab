import { describe, expect, it, vi } from 'vitest';
import { foldsArgument, seedOffsetArgument } from '../../../scripts/eval/crossval';

describe('eval crossval arguments', () => {
  it('reads --seed-offset as a whole number, 0 when absent', () => {
    expect(seedOffsetArgument([], 'crossval')).toBe(0);
    expect(seedOffsetArgument(['--documents', '--seed-offset=1000'], 'crossval')).toBe(1000);
  });

  it('says why and gives null for a seed offset or fold count that is not whole', () => {
    const said = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(seedOffsetArgument(['--seed-offset=1.5'], 'crossval')).toBeNull();
    expect(foldsArgument(['--folds=1'], 'crossval')).toBeNull();
    expect(said.mock.calls.map((c) => String(c[0]))).toEqual([
      'eval crossval: --seed-offset takes a whole number\n',
      'eval crossval: --folds takes a whole number of at least 2\n',
    ]);
    said.mockRestore();
  });
});
