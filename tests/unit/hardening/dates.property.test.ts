import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDateRanges, parseDateRange, type DateRange } from '../../../utils/dates/parse-date-range';

const RUNS = { numRuns: 1000 };
const DATE = /^(\d{4})(?:-(0[1-9]|1[0-2]))?$/;
const MONTHS = [
  'January',
  'Feb.',
  'March',
  'Apr',
  'May',
  'June',
  'Jul',
  'August',
  'Sep.',
  'October',
  'Nov',
  'Dec',
];

/** Text CVs hold around dates: words, digits, dashes, slashes, month and "present" words, any unicode. */
const cvText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc
    .array(
      fc.oneof(
        fc.constantFrom('2019', '19', '03/2020', '2018-19', '2021/22', '–', '-', '—', ' to ', '/', '.', ', '),
        fc.constantFrom('Present', 'now', 'since ', 'Fall ', 'Hilary term, ', 'Semester 1, ', '&', ' and '),
        fc.constantFrom(...MONTHS),
        fc.integer({ min: 0, max: 3000 }).map(String),
        fc.string({ maxLength: 6 }),
      ),
      { maxLength: 12 },
    )
    .map((parts) => parts.join(' ')),
);

function year(date: string | null): number | null {
  return date === null || date === 'present' ? null : Number(DATE.exec(date)?.[1]);
}

function expectWellFormed(text: string, range: DateRange): void {
  expect(range.start === null || DATE.test(range.start)).toBe(true);
  expect(range.end === null || range.end === 'present' || DATE.test(range.end)).toBe(true);
  expect(range.index).toBeGreaterThanOrEqual(0);
  expect(range.length).toBeGreaterThan(0);
  expect(range.index + range.length).toBeLessThanOrEqual(text.length);
  const from = year(range.start);
  const to = year(range.end);
  if (from !== null) expect(from >= 1940 && from <= 2059).toBe(true);
  if (from !== null && to !== null) expect(to).toBeGreaterThanOrEqual(from);
  if (range.single) expect(range.end).toBe(range.start);
}

describe('date parser, on any text', () => {
  it('never throws, and every range is well formed, in order and apart', () => {
    fc.assert(
      fc.property(cvText, (text) => {
        const ranges = findDateRanges(text);
        ranges.forEach((r) => expectWellFormed(text, r));
        for (let i = 1; i < ranges.length; i++)
          expect(ranges[i]!.index).toBeGreaterThanOrEqual(ranges[i - 1]!.index + ranges[i - 1]!.length);
      }),
      RUNS,
    );
  });

  it('parseDateRange is the first range, else the first single date, else null', () => {
    fc.assert(
      fc.property(cvText, (text) => {
        const all = findDateRanges(text);
        const one = parseDateRange(text);
        expect(one).toEqual(all.find((r) => !r.single) ?? all[0] ?? null);
      }),
      RUNS,
    );
  });

  it('answers the same whatever was asked before (the memo keeps no state that leaks)', () => {
    fc.assert(
      fc.property(fc.array(cvText, { minLength: 1, maxLength: 5 }), (texts) => {
        const first = texts.map((t) => structuredClone(findDateRanges(t)));
        expect(texts.map((t) => findDateRanges(t))).toEqual(first);
      }),
      { numRuns: 100 },
    );
  });

  it('reads values that are not strings as no date, and only the first 5,000 characters of a text', () => {
    for (const odd of [null, undefined, 42, {}, []])
      expect(findDateRanges(odd as unknown as string)).toEqual([]);
    const long = `${'x '.repeat(2000)}2019 – 2021 ${'y '.repeat(10_000)}2030`;
    expect(findDateRanges(long)).toEqual([expect.objectContaining({ start: '2019', end: '2021' })]);
  });
});

/** A range as CVs write it, from two dates in order, and the answer expected. */
const writtenRange = fc
  .record({
    from: fc.integer({ min: 1950, max: 2045 }),
    span: fc.integer({ min: 0, max: 8 }),
    m1: fc.integer({ min: 1, max: 12 }),
    m2: fc.integer({ min: 1, max: 12 }),
    dash: fc.constantFrom(' – ', '-', ' — ', ' to ', '–'),
    style: fc.constantFrom('years', 'month-names', 'numeric', 'present'),
    before: fc.constantFrom('', 'PhD in Physics, Oxford ', 'Lecturer | ', '('),
    after: fc.constantFrom('', ' Oxford, UK', ')', ' | Paris'),
  })
  .map(({ from, span, m1, m2, dash, style, before, after }) => {
    const to = from + span;
    const [a, b] = span === 0 ? [Math.min(m1, m2), Math.max(m1, m2)] : [m1, m2];
    const mm = (m: number) => String(m).padStart(2, '0');
    const written = {
      years: [`${from}${dash}${to}`, String(from), String(to)],
      'month-names': [
        `${MONTHS[a - 1]} ${from}${dash}${MONTHS[b - 1]} ${to}`,
        `${from}-${mm(a)}`,
        `${to}-${mm(b)}`,
      ],
      numeric: [`${mm(a)}/${from}${dash}${mm(b)}/${to}`, `${from}-${mm(a)}`, `${to}-${mm(b)}`],
      present: [`${from}${dash}Present`, String(from), 'present'],
    }[style];
    return { text: `${before}${written[0]}${after}`, start: written[1], end: written[2] };
  });

describe('date parser, on ranges as CVs write them', () => {
  it('finds the start and the end', () => {
    fc.assert(
      fc.property(writtenRange, ({ text, start, end }) => {
        expect(parseDateRange(text)).toMatchObject({ start, end, single: false });
      }),
      RUNS,
    );
  });
});
