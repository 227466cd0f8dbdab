import { describe, expect, it } from 'vitest';
import { parseDateRange } from '../../../utils/dates/parse-date-range';
import { isCvYear, MODERN_YEAR, YEAR } from '../../../utils/lexicon/year';

const whole = (source: string) => new RegExp(`^${source}$`);

describe('year pattern', () => {
  it('reads the years references cite, 1500–2099', () => {
    for (const y of ['1500', '1687', '1871', '1999', '2024', '2099'])
      expect(whole(YEAR).test(y), y).toBe(true);
    for (const y of ['1499', '2100', '0999', '999', '20245', 'l999'])
      expect(whole(YEAR).test(y), y).toBe(false);
  });

  it('keeps a CV line’s years to the 20th and 21st centuries', () => {
    for (const y of ['1900', '1968', '2099']) expect(whole(MODERN_YEAR).test(y), y).toBe(true);
    for (const y of ['1899', '1687', '2100']) expect(whole(MODERN_YEAR).test(y), y).toBe(false);
  });

  it('dates CV entries between 1940 and 2059 only', () => {
    expect([1939, 1940, 2059, 2060].map(isCvYear)).toEqual([false, true, true, false]);
    expect(parseDateRange('Lecturer, 1940 – 2059')).toMatchObject({ start: '1940', end: '2059' });
    expect(parseDateRange('History of Europe, 1871–1914')).toBeNull();
    expect(parseDateRange('March 1871')).toBeNull();
  });
});
