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

  it('keeps exactly the characters isInvisible does not take out, in order, ligatures spelled out', () => {
    // The seven presentation-form ligatures U+FB00–U+FB06, spelled as the letters they join.
    const spelled = ['ff', 'fi', 'fl', 'ffi', 'ffl', 'st', 'st'];
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
          '\ufb00',
          '\ufb04',
          '\t',
        ),
      ),
    });
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ unit: 'binary' })), (s) => {
        const spaced = Array.from(s)
          .map((c) => {
            const code = c.codePointAt(0)!;
            if (code >= 0xfb00 && code <= 0xfb06) return spelled[code - 0xfb00];
            return /[\t\n\r\f\v]/.test(c) ? ' ' : c;
          })
          .join('');
        const visible = Array.from(spaced)
          .filter((c) => !isInvisible(c.codePointAt(0)!))
          .join('');
        expect(cleanItemText(s)).toBe(visible);
      }),
      { numRuns: 500 },
    );
  });
});
