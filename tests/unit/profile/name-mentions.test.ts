import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mentions } from '../../../utils/profile/name-candidates';

describe('mentions', () => {
  it('counts whole words only, up to the limit', () => {
    const text = ' smith j and smithson a and b smith and smith c smith ';
    expect(mentions(text, 'smith', 10)).toBe(4);
    expect(mentions(text, 'smith', 2)).toBe(2);
    expect(mentions(text, 'smithson', 10)).toBe(1);
    expect(mentions(text, 'jones', 10)).toBe(0);
  });

  it('counts as cutting the text at the word does, capped', () => {
    const words = fc.array(fc.constantFrom('lee', 'le', 'e', 'lee lee', ' '), { maxLength: 12 });
    fc.assert(
      fc.property(
        words,
        fc.constantFrom('lee', 'le', ''),
        fc.integer({ min: 0, max: 6 }),
        (parts, word, most) => {
          const text = ` ${parts.join(' ')} `;
          expect(mentions(text, word, most)).toBe(Math.min(text.split(` ${word} `).length - 1, most));
        },
      ),
      { numRuns: 300 },
    );
  });
});
