import { describe, expect, it } from 'vitest';
import {
  authorNamePattern,
  INITIALS_SURNAME,
  SURNAME_CAPITALS,
  SURNAME_COMMA_INITIALS,
} from '../../../utils/names/author-name-shapes';

describe('author-name shapes', () => {
  it.each([
    [SURNAME_COMMA_INITIALS, ['Smith, J.', 'Ó Súilleabháin, J. P.', "D'Amato, R."], ['Smith J,', 'J. Smith']],
    [INITIALS_SURNAME, ['J. Smith', 'J. P. García-López'], ['Smith, John', 'JP Smith']],
    [SURNAME_CAPITALS, ['Smith J,', 'Nguyen TH;'], ['Smith J.', 'Smith John,']],
  ])('%s matches its own writings only', (shape, yes, no) => {
    const pattern = authorNamePattern([shape]);
    for (const text of yes) expect(pattern.test(text), text).toBe(true);
    for (const text of no)
      expect(authorNamePattern([shape], 'u').exec(text)?.[0] ?? null, text).not.toBe(text);
  });

  it('finds every name of a list written in mixed shapes', () => {
    const all = authorNamePattern([SURNAME_COMMA_INITIALS, INITIALS_SURNAME, SURNAME_CAPITALS], 'gu');
    expect('Smith, J., A. Jones and Nguyen TH; et al.'.match(all)).toEqual([
      'Smith, J.',
      'A. Jones',
      'Nguyen TH',
    ]);
  });
});
