import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findDateRanges, parseDateRange } from '../../../utils/dates/parse-date-range';

const cases: [string, string | null, string | null][] = [
  ['10/18 – 06/23', '2018-10', '2023-06'],
  ['March 2017 – August 2017', '2017-03', '2017-08'],
  ['Sep. 2019 – now', '2019-09', 'present'],
  ['2023 – Current', '2023', 'present'],
  ['2013–present', '2013', 'present'],
  ['Jan 2020 to Present', '2020-01', 'present'],
  ['Hilary term, 2019-2020', '2019', '2020'],
  ['Semester 1, 2021-2022 & 2022-2023', '2021', '2023'],
  ['2018-19', '2018', '2019'],
  ['2019/2020', '2019', '2020'],
  ['June – August 2019', '2019-06', '2019-08'],
  ['sept. 2018 – juin 2022', '2018-09', '2022-06'],
  ["janv. 2017 – aujourd'hui", '2017-01', 'present'],
  ['since 2004', '2004', 'present'],
  ['2021 –', '2021', 'present'],
  ['05/16-01/18: Research', '2016-05', '2018-01'],
  ['Berkeley, United States · 2023 – Current', '2023', 'present'],
  ['2022 - On going', '2022', 'present'],
  ['Novembre 2024 - maintenant', '2024-11', 'present'],
  ['09/2022 - Atualmente', '2022-09', 'present'],
  ['2022-* RMIS Program Coordinator', '2022', 'present'],
  ['Doctorat en économie 2023 - ...', '2023', 'present'],
  ['2021 – in progress', '2021', 'present'],
  ['2022 - till date', '2022', 'present'],
  ['Master of Arts (2007.09.~2011.01.)', '2007-09', '2011-01'],
  ['2025.10.~현재 / 부교수', '2025-10', 'present'],
  ['Beihang University. 2013.9 - 2016.3', '2013-09', '2016-03'],
  ['字节跳动 2021 年 9 月 – 2023 年 7 月 实习研究员', '2021-09', '2023-07'],
  ['DSc Fitopatologia, 2019-Atual', '2019', 'present'],
  ['UTEC, Uruguay 2018–actual', '2018', 'present'],
  ['Architecture 2010– ~', '2010', 'present'],
  ['2021-Expected December 2025 Ph.D. in Physics', '2021', 'present'],
  ['Ph.D. in Economics 2023 - exp. 2028', '2023', 'present'],
  ['PhD, Johns Hopkins University 2024 – 2029 (expected)', '2024', 'present'],
];

describe('parseDateRange', () => {
  it.each(cases)('%s', (text, start, end) => {
    const range = parseDateRange(text);
    expect(range?.start).toBe(start);
    expect(range?.end).toBe(end);
  });

  it('reads single dates as single', () => {
    expect(parseDateRange('Fall 2020')).toMatchObject({ start: '2020', single: true });
    expect(parseDateRange('December 28, 2019')).toMatchObject({ start: '2019-12', single: true });
    // A lone expected date is a degree still running: no start, an end in the present.
    expect(parseDateRange('Ph.D., anticipated Dec 2027')).toMatchObject({
      start: '2027-12',
      end: 'present',
      single: true,
    });
  });

  it('reports where the date sits so it can be cut out', () => {
    const text = 'Researcher, Lab X, 2019 – 2021';
    const range = parseDateRange(text)!;
    expect(text.slice(range.index, range.index + range.length)).toBe('2019 – 2021');
  });

  it('finds nothing in text without dates', () => {
    expect(parseDateRange('Department of Mathematics')).toBeNull();
    expect(parseDateRange('')).toBeNull();
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        expect(() => findDateRanges(text)).not.toThrow();
        expect(() => parseDateRange(text)).not.toThrow();
      }),
      { numRuns: 2000 },
    );
    expect(parseDateRange(undefined as unknown as string)).toBeNull();
  });
});

describe('chains of ranges', () => {
  it('keeps ranges listed newest first apart, as a CV lists teaching years', () => {
    expect(findDateRanges('2021/22, 2018-19').map((r) => [r.start, r.end])).toEqual([
      ['2021', '2022'],
      ['2018', '2019'],
    ]);
  });
});
