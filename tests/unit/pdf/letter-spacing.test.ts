import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closeLetterSpacing } from '../../../utils/document/pdf-layout/letter-spacing';
import { layoutDocument } from '../../../utils/document/pdf-layout/layout-document';
import { matchHeadingWording } from '../../../utils/sections/match-heading-wording';
import { syntheticPage, textItem } from './support';

const spaced = (text: string) => Array.from(text).join(' ');

describe('letter-spaced text', () => {
  it('is closed up, word by word where the item kept its word spaces', () => {
    expect(closeLetterSpacing('E D U C A T I O N')).toBe('EDUCATION');
    expect(closeLetterSpacing('W O R K  E X P E R I E N C E')).toBe('WORK EXPERIENCE');
    expect(closeLetterSpacing('A O Û T 2 0 2 3')).toBe('AOÛT 2023');
  });

  it('is cut into the heading vocabulary where Word lost the word spaces', () => {
    expect(closeLetterSpacing(spaced('HIGHEREDUCATIONTEACHING&MENTORINGEXPERIENCE'))).toBe(
      'HIGHER EDUCATION TEACHING & MENTORING EXPERIENCE',
    );
    expect(closeLetterSpacing(spaced('FELLOWSHIPS&HONORS(SELECTED)'))).toBe(
      'FELLOWSHIPS & HONORS (SELECTED)',
    );
  });

  it('keeps a name whole rather than cut at a short word inside it', () => {
    expect(closeLetterSpacing(spaced('GOKHAMINALSHAIF'))).toBe('GOKHAMINALSHAIF');
    expect(closeLetterSpacing(spaced('ANDERSON'))).toBe('ANDERSON');
  });

  it('leaves alone any text with two characters side by side', () => {
    const word = fc.string({
      unit: fc.constantFrom('a', 'É', '𝐀', '1', '&', '.'),
      minLength: 2,
      maxLength: 6,
    });
    const letters = fc.array(fc.constantFrom('E', 'D', 'U', ' ', '  ', 'x'), { maxLength: 8 });
    fc.assert(
      fc.property(letters, word, letters, (before, inside, after) => {
        const text = `${before.join('')} ${inside} ${after.join(' ')}`;
        expect(closeLetterSpacing(text)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('leaves ordinary text alone: words, initials, numbers', () => {
    for (const text of ['A I', 'Vol. 3 A B', 'J. R. R. Tolkien', '2 0 2 3', 'Smith, A. B. and C. D.'])
      expect(closeLetterSpacing(text)).toBe(text);
  });

  it('gives a PDF heading its words back, so its wording names a section', () => {
    const items = [
      textItem(spaced('EDUCATION'), 200, 100, 11, 'Arial-BoldMT'),
      textItem('PhD in History, University of California, 2020', 72, 120),
      textItem(spaced('HIGHEREDUCATIONTEACHING&MENTORING'), 150, 150, 11, 'Arial-BoldMT'),
      textItem('Instructor of Record, UC Santa Barbara, 2019', 72, 170),
    ];
    const lines = layoutDocument([syntheticPage(items)]).map((l) => l.text);
    expect(lines).toContain('EDUCATION');
    expect(matchHeadingWording('HIGHER EDUCATION TEACHING & MENTORING').kinds).toContain('teaching');
    expect(lines).toContain('HIGHER EDUCATION TEACHING & MENTORING');
  });
});
