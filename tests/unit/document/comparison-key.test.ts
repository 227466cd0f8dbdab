import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparisonKey } from '../../../utils/document/normalize-text';

describe('comparisonKey', () => {
  it('lower-cases, drops accents and turns punctuation into single spaces', () => {
    expect(comparisonKey('  Curriculum Vitæ — Éducation & Prizes! ')).toBe(
      'curriculum vitæ education and prizes',
    );
    expect(comparisonKey('Research Experience:')).toBe('research experience');
  });

  it('gives ASCII text the key the Unicode passes give it', () => {
    // A trailing combining accent sends the text through the Unicode passes, which drop it again.
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii', maxLength: 60 }), (text) => {
        expect(comparisonKey(text)).toBe(comparisonKey(`${text}\u0301`));
      }),
      { numRuns: 2000 },
    );
  });
});
