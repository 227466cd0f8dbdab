import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { duplicatePublicationFlags, titleKey } from '../../../utils/flags/duplicate-publications';
import type { Publication } from '../../../utils/model/profile';
import { emptyPublication } from '../../../utils/publications/parse-publication';

/** The definition the indexed version must agree with: every later title compared with every earlier one. */
function naiveGroups(titles: (string | null)[]): number[][] {
  const near = (a: string, b: string): boolean => {
    if (a === b) return true;
    const wa = a.split(' ');
    const wb = b.split(' ');
    if (Math.min(wa.length, wb.length) < 4) return false;
    const sb = new Set(wb);
    return wa.filter((w) => sb.has(w)).length / Math.max(wa.length, wb.length) >= 0.9;
  };
  const used = new Set<number>();
  const groups: number[][] = [];
  titles.forEach((t, i) => {
    if (!t || used.has(i) || titleKey(t).split(' ').length < 2) return;
    const group = [i];
    for (let j = i + 1; j < titles.length; j++) {
      const other = titles[j];
      if (other && !used.has(j) && near(titleKey(t), titleKey(other))) group.push(j);
    }
    if (group.length < 2) return;
    group.forEach((g) => used.add(g));
    groups.push(group);
  });
  return groups;
}

function publication(title: string | null): Publication {
  return { ...emptyPublication(title ?? ''), title };
}

// Few words, so titles often repeat or differ by one word; long ones exercise the 10% allowance.
const WORDS = ['deep', 'learning', 'theory', 'of', 'kernels', 'on', 'the', 'graphs', 'a', 'Note'];
const title = fc.oneof(
  fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 24 }).map((w) => w.join(' ')),
  fc.constantFrom(null, '', '—', 'Deep Learning: Theory of Kernels!'),
);

describe('duplicate publications', () => {
  it('groups exactly as comparing every pair does', () => {
    fc.assert(
      fc.property(fc.array(title, { maxLength: 30 }), (titles) => {
        const flags = duplicatePublicationFlags(titles.map(publication));
        expect(flags.map((f) => f.publications)).toEqual(naiveGroups(titles));
      }),
      { numRuns: 300 },
    );
  });

  it('finds the repeats among 10,000 titles', () => {
    const titles = Array.from({ length: 10_000 }, (_, i) => `A study of example number ${i % 9_990}`);
    const flags = duplicatePublicationFlags(titles.map(publication));
    expect(flags).toHaveLength(10);
    expect(flags[0]!.publications).toEqual([0, 9_990]);
  });
});
