import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanItemText, isInvisible } from '../../../utils/document/pdf-layout/clean-text';

describe('cleanItemText', () => {
  it('spells out ligatures, spaces tabs and line breaks, and drops control and private-use glyphs', () => {
    expect(cleanItemText('e\ufb03cient\tsearch\n')).toBe('efficient search ');
    expect(cleanItemText('\uf0e0 mail\u0000me')).toBe(' mailme');
    expect(cleanItemText('icon \u{f0001}here')).toBe('icon here');
    expect(cleanItemText('plain text, kept as it is')).toBe('plain text, kept as it is');
  });

  it('keeps exactly the characters isInvisible does not take out, in order', () => {
    const text = fc.string({
      unit: fc.oneof(
        fc.constantFrom(
          '\u0000',
          '\u007f',
          '\ue000',
          '\uf8ff',
          '\u{f0000}',
          '\u{10fffd}',
          '\ud800',
          'é',
          '𝐀',
          'a',
          ' ',
        ),
      ),
    });
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ unit: 'binary' })), (s) => {
        const spaced = s.replace(/[\t\n\r\f\v]/g, ' ');
        const visible = Array.from(spaced)
          .filter((c) => !isInvisible(c.codePointAt(0)!))
          .join('');
        expect(cleanItemText(s)).toBe(visible);
      }),
      { numRuns: 500 },
    );
  });
});
