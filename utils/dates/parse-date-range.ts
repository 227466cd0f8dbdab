import type { PartialDate } from '../model/profile';
import { DASH_CLASS } from '../document/normalize-text';
import { MONTH_WORD, monthNumber } from '../lexicon/months';
import { EXPECTED_WORD, ONGOING_WORD, OPEN_MARK } from '../lexicon/ongoing';
import { isCvYear, YEAR } from '../lexicon/year';

/** A date or date range found in a text, with where it sits so callers can cut it out. */
export interface DateRange {
  start: PartialDate | null;
  end: PartialDate | 'present' | null;
  /** True when the text gives one date, not a range (an award year, a talk's month). */
  single: boolean;
  index: number;
  length: number;
}

interface Point {
  year: number;
  month: number | null;
  index: number;
  end: number;
  kind: 'date' | 'present';
}

/** Terms, seasons and semesters that qualify a year ("Hilary term, 2019", "Fall 2020", "Semester 1, 2021"). */
const QUALIFIER =
  '(?:(?:fall|spring|summer|winter|autumn|hilary|michaelmas|trinity|lent|easter|candlemas|whitsun)(?:\\s+(?:term|semester|quarter|session))?|(?:semester|term|quarter|trimester|session)\\s*[0-9IVX]{1,3}|[0-9](?:st|nd|rd|th)\\s+(?:semester|term|quarter))\\s*,?\\s*';

const POINT_PATTERNS: {
  re: RegExp;
  read: (m: RegExpExecArray) => { year: number; month: number | null } | null;
}[] = [
  {
    // "June – August 2019": a bare month borrowing the year of the month after the dash
    re: new RegExp(
      `\\b(${MONTH_WORD})(?=\\s*[${DASH_CLASS}]\\s*${MONTH_WORD}\\s*,?\\s*(${YEAR})(?!\\d))`,
      'giu',
    ),
    read: (m) => {
      const month = monthNumber(m[1] ?? '');
      return month ? { year: Number(m[2]), month } : null;
    },
  },
  {
    // "March 2017", "Sep. 2019", "December 28, 2019", "28 December 2019", "Mar '19"
    re: new RegExp(
      `\\b(?:\\d{1,2}(?:st|nd|rd|th)?\\.?\\s+)?(${MONTH_WORD})\\s*(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?,?\\s*(${YEAR}|['’]\\d{2})(?![\\d])`,
      'giu',
    ),
    read: (m) => {
      const month = monthNumber(m[1] ?? '');
      return month ? { year: yearOf(m[2] ?? ''), month } : null;
    },
  },
  {
    // "2021 年 9 月", "2021年9月": a year and month in Chinese, Japanese or Korean writing
    re: new RegExp(`\\b(${YEAR})\\s*[年년]\\s*(\\d{1,2})\\s*[月월]`, 'gu'),
    read: (m) => {
      const month = Number(m[2]);
      return month >= 1 && month <= 12 ? { year: Number(m[1]), month } : null;
    },
  },
  {
    // "2019-03", "2019/03", "2019.03", "2019.03." and "2013.9", the forms East Asian CVs use (a month,
    // unless it reads as the next academic year: "2019-20"); "2019.03.15" is a day, not a month
    re: new RegExp(`\\b(${YEAR})(?:[-/.](\\d{2})|\\.(\\d))(?:\\.(?!\\d))?(?![\\d/.-])`, 'g'),
    read: (m) => {
      const year = Number(m[1]);
      const month = Number(m[2] ?? m[3]);
      if (month < 1 || month > 12 || month === (year + 1) % 100) return null;
      return { year, month };
    },
  },
  {
    // "10/18", "10/2018", "10.2018", "28/12/2019"
    re: new RegExp(`\\b(?:\\d{1,2}[/.])?(\\d{1,2})[/.](${YEAR}|\\d{2})(?![\\d/.])`, 'g'),
    read: (m) => {
      const month = Number(m[1]);
      return month >= 1 && month <= 12 ? { year: yearOf(m[2] ?? ''), month } : null;
    },
  },
  { re: new RegExp(`\\b(${YEAR})(?![\\d])`, 'g'), read: (m) => ({ year: Number(m[1]), month: null }) },
];

const PRESENT_RE = new RegExp(`(?<![\\p{L}])${ONGOING_WORD}(?![\\p{L}])`, 'giu');
const QUALIFIER_BEFORE = new RegExp(`${QUALIFIER}$`, 'i');
const RANGE_SEPARATOR = new RegExp(
  `^\\s*(?:[${DASH_CLASS}]+|to|until|till|through|thru|au|à|bis|hasta|al|a)\\s*$`,
  'i',
);
const YEAR_SLASH = /^\s*\/\s*$/;
const CHAIN_SEPARATOR = /^\s*(?:&|and|,|;|et|und|y)\s*$/i;
// A dash with nothing after it, or a mark in place of the end ("2022-*", "2023 - ...").
const TRAILING_OPEN = new RegExp(`^\\s*[${DASH_CLASS}]+\\s*(?:$|[|·,;)]|${OPEN_MARK})`);
const SINCE_BEFORE = /\b(?:since|from|depuis|seit|desde)\s*$/i;
// "expected 2028", "exp. Dec 2027", "2029 (expected)": an end still to come, so a range still running.
const EXPECTED_BEFORE = new RegExp(`(?<![\\p{L}])${EXPECTED_WORD}\\s*[:,]?\\s*$`, 'iu');
const EXPECTED_AFTER = new RegExp(`^\\s*[(,]?\\s*${EXPECTED_WORD}(?![\\p{L}])`, 'iu');

function yearOf(text: string): number {
  const digits = text.replace(/\D/g, '');
  if (digits.length === 4) return Number(digits);
  const yy = Number(digits);
  return yy < 50 ? 2000 + yy : 1900 + yy;
}

function format(point: Point): PartialDate | 'present' {
  if (point.kind === 'present') return 'present';
  return point.month ? `${point.year}-${String(point.month).padStart(2, '0')}` : String(point.year);
}

/** Every date point and "present" word in the text, earliest first, without overlaps. */
function findPoints(text: string): Point[] {
  const points: Point[] = [];
  const taken = (from: number, to: number): boolean => points.some((p) => from < p.end && to > p.index);
  // Every date pattern needs a digit (a year, or a month's number); most lines of prose have none,
  // and the month-word patterns cost a scan of the whole text each.
  const patterns = /\d/.test(text) ? POINT_PATTERNS : [];
  for (const { re, read } of patterns) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const value = read(m);
      if (!value || !isCvYear(value.year) || taken(m.index, m.index + m[0].length)) continue;
      points.push({ ...value, index: m.index, end: m.index + m[0].length, kind: 'date' });
    }
  }
  PRESENT_RE.lastIndex = 0;
  for (let m = PRESENT_RE.exec(text); m; m = PRESENT_RE.exec(text)) {
    if (!taken(m.index, m.index + m[0].length))
      points.push({ year: 0, month: null, index: m.index, end: m.index + m[0].length, kind: 'present' });
  }
  return points.sort((a, b) => a.index - b.index);
}

/** The "-20" of "2019-20", right after a year. */
const ACADEMIC_YEAR_END = new RegExp(`^\\s*[${DASH_CLASS}/]\\s*(\\d{2})(?![\\d/.])`);

/** "2019-20" and "2018–19": a year followed by the next year's last two digits. */
function academicYearEnd(text: string, point: Point): Point | null {
  const m = ACADEMIC_YEAR_END.exec(text.slice(point.end));
  if (!m || point.month !== null) return null;
  const yy = Number(m[1]);
  const year = Math.floor(point.year / 100) * 100 + yy;
  const end = year < point.year ? year + 100 : year;
  if (end - point.year > 9) return null;
  return { year: end, month: null, index: point.end, end: point.end + m[0].length, kind: 'date' };
}

interface Found {
  start: Point;
  end: Point | null;
  index: number;
  stop: number;
  open: boolean;
}

/** Groups points into ranges ("A – B"), open ranges ("since A", "A –"), and single dates. */
function groupRanges(text: string, points: Point[]): Found[] {
  const found: Found[] = [];
  for (let i = 0; i < points.length; i++) {
    const a = points[i]!;
    if (a.kind === 'present') continue;
    const b = points[i + 1];
    const between = b ? text.slice(a.end, b.index).replace(EXPECTED_BEFORE, '') : '';
    const isRange =
      b &&
      (RANGE_SEPARATOR.test(between) || (YEAR_SLASH.test(between) && b.month === null && a.month === null));
    if (b && isRange && (b.kind === 'present' || b.year >= a.year)) {
      found.push({ start: a, end: b, index: a.index, stop: b.end, open: false });
      i++;
      continue;
    }
    const academic = academicYearEnd(text, a);
    if (academic) {
      found.push({ start: a, end: academic, index: a.index, stop: academic.end, open: false });
      if (b && b.index < academic.end) i++;
      continue;
    }
    const trailing = TRAILING_OPEN.exec(text.slice(a.end));
    const since = SINCE_BEFORE.test(text.slice(0, a.index));
    if ((trailing && !(b && b.index < a.end + trailing[0].length + 2)) || since) {
      found.push({
        start: a,
        end: null,
        index: a.index,
        stop: a.end + (trailing ? trailing[0].trimEnd().length : 0),
        open: true,
      });
      continue;
    }
    found.push({ start: a, end: null, index: a.index, stop: a.end, open: false });
  }
  return found;
}

/** Ranges chained by "&", "and" or commas ("2021-2022 & 2022-2023") read as one span. */
function mergeChains(text: string, found: Found[]): Found[] {
  const out: Found[] = [];
  for (const f of found) {
    const last = out[out.length - 1];
    const bothRanges = last && last.end && f.end && !last.open && !f.open;
    // A list in reverse order ("2021/22, 2018-19") is several spans, not one that ends before it starts.
    const inOrder = last && f.start.year >= last.start.year;
    if (last && bothRanges && inOrder && CHAIN_SEPARATOR.test(text.slice(last.stop, f.index))) {
      out[out.length - 1] = { ...last, end: f.end, stop: f.stop };
    } else {
      out.push(f);
    }
  }
  return out;
}

/** Whether a date is marked as one still to come ("expected 2028", "2029 (expected)"). */
function expected(text: string, point: Point): boolean {
  return EXPECTED_BEFORE.test(text.slice(0, point.index)) || EXPECTED_AFTER.test(text.slice(point.end));
}

function toRange(text: string, f: Found): DateRange {
  const qualifier = QUALIFIER_BEFORE.exec(text.slice(0, f.index));
  const index = qualifier ? f.index - qualifier[0].length : f.index;
  const start = format(f.start);
  const last = f.end ?? f.start;
  const end =
    f.open || (last.kind === 'date' && expected(text, last)) ? 'present' : f.end ? format(f.end) : start;
  return { start, end, single: !f.end && !f.open, index, length: f.stop - index };
}

/** Every stage asks about the same lines' dates; remembering the answers keeps parsing fast. */
const memo = new Map<string, DateRange[]>();
const MEMO_LIMIT = 5000;

/** Every date and date range in a text, in order. Never throws. */
export function findDateRanges(text: string): DateRange[] {
  const known = typeof text === 'string' ? memo.get(text) : undefined;
  if (known) return known;
  const found = computeDateRanges(text);
  if (typeof text === 'string') {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(text, found);
  }
  return found;
}

function computeDateRanges(text: string): DateRange[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const sample = text.length > 5000 ? text.slice(0, 5000) : text;
  return mergeChains(sample, groupRanges(sample, findPoints(sample))).map((f) => toRange(sample, f));
}

/**
 * The date range a CV text states: the first range if there is one, else the first single date.
 * Handles month names and numbers, two-digit years, any dash, "Present"/"Current"/"now", terms and
 * semesters, academic years and chains of them. Never throws; null when the text holds no date.
 */
export function parseDateRange(text: string): DateRange | null {
  const all = findDateRanges(text);
  return all.find((r) => !r.single) ?? all[0] ?? null;
}
