import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparisonKey, holdsWords, joinedKey } from '../../../utils/document/normalize-text';

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

describe('joinedKey', () => {
  it('is the key of the texts joined by spaces', () => {
    // Accents, combining marks, final sigma, ligatures, ampersands and blank texts at the joins.
    const piece = fc.constantFrom(
      'a',
      'Z',
      'É',
      'e\u0301',
      'ß',
      'ΑΣ',
      'σ',
      "'",
      '.',
      '&',
      '1',
      ' ',
      '\u00a0',
      'ﬁ',
      '-',
      '',
    );
    const text = fc.array(piece, { maxLength: 6 }).map((p) => p.join(''));
    fc.assert(
      fc.property(fc.array(text, { maxLength: 5 }), (texts) => {
        expect(joinedKey(texts)).toBe(comparisonKey(texts.join(' ')));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('holdsWords', () => {
  it('finds whole words across the texts, by their keys', () => {
    expect(holdsWords(['Jane Doé and', 'Bo Smith'], 'doe')).toBe(true);
    expect(holdsWords(['Jane Doé and', 'Bo Smith'], 'and bo')).toBe(true);
    expect(holdsWords(['Jane Doering'], 'doe')).toBe(false);
    expect(holdsWords(['Jane Doe'], null)).toBe(false);
  });
});
