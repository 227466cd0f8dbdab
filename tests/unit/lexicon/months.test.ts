import { describe, expect, it } from 'vitest';
import lexicon from '../../../utils/lexicon/months.json';
import { withoutAccents } from '../../../utils/lexicon/compile';
import { monthNumber } from '../../../utils/lexicon/months';
import { parseDateRange } from '../../../utils/dates/parse-date-range';
import { cleanVenue } from '../../../utils/publications/venue-text';

const capitalised = (w: string) => w[0]!.toUpperCase() + w.slice(1);

/** Every word of the month lexicon with its language and month (1–12). */
const WORDS = Object.entries(lexicon.languages).flatMap(([language, { names, short }]) =>
  [names, short].flatMap((months) =>
    months.flatMap((words, i) => words.map((word: string) => ({ language, word, month: i + 1 }))),
  ),
);

describe('month lexicon', () => {
  it('lists twelve months in every language', () => {
    for (const { names, short } of Object.values(lexicon.languages)) {
      expect(names).toHaveLength(12);
      expect(short).toHaveLength(12);
    }
  });

  it('gives no word two different months', () => {
    const seen = new Map<string, number>();
    for (const { word, month } of WORDS) {
      for (const form of [word, withoutAccents(word)]) {
        expect(seen.get(form) ?? month, `${form}`).toBe(month);
        seen.set(form, month);
      }
    }
  });

  it.each(WORDS)('$language "$word" is found in a date and numbered $month', ({ word, month }) => {
    const mm = String(month).padStart(2, '0');
    for (const form of new Set([word, withoutAccents(word)])) {
      expect(monthNumber(form)).toBe(month);
      expect(monthNumber(`${capitalised(form)}.`)).toBe(month);
      expect(parseDateRange(`${capitalised(form)} 2019 – present`)?.start, form).toBe(`2019-${mm}`);
      expect(parseDateRange(`PhD, Oxford, ${form.toUpperCase()} 2012`)?.start, form).toBe(`2012-${mm}`);
    }
  });

  it.each(WORDS.filter((w) => w.language === 'en'))(
    'English "$word" after a day ends a venue name',
    ({ word }) => {
      for (const form of [capitalised(word), `${capitalised(word)}.`])
        expect(cleanVenue(`Journal of Physics 12 ${form}, Oxford`), form).toBe('Journal of Physics');
      expect(cleanVenue('Journal of Physics 12 Spring, Oxford')).toBe('Journal of Physics 12 Spring, Oxford');
    },
  );

  it('numbers no other word', () => {
    for (const word of ['mayor', 'marsh', 'season', 'spring', 'janus', ''])
      expect(monthNumber(word)).toBeNull();
  });
});
