import type { Line } from '../document/types';
import { trimPunctuation } from '../document/normalize-text';
import { findDateRanges, type DateRange } from '../dates/parse-date-range';
import type { EntryDate } from './types';

/** A date counts as an entry's date at the start or end of a line, or in a short cell of its own. */
function placedDate(text: string): DateRange | null {
  const ranges = findDateRanges(text);
  // Ranges before lone years; a year inside a name ("WATOC 2022, Vancouver, 2022") yields to a placed one.
  const ordered = [...ranges.filter((r) => !r.single), ...ranges.filter((r) => r.single)];
  for (const range of ordered) if (isPlaced(text, range)) return range;
  return null;
}

function isPlaced(text: string, range: DateRange): boolean {
  const before = text.slice(0, range.index).trim();
  const after = text.slice(range.index + range.length).trim();
  const atStart = before.length === 0 || /^[([]$/.test(before);
  const atEnd = after.length === 0 || /^[)\].,:;]*$/.test(after);
  const shortLine = text.length <= 90;
  if (atStart || atEnd || (!range.single && shortLine) || /^[:–—-]/.test(after)) return true;
  return /[,(·|–—]\s*$/.test(before) && (!range.single || shortLine);
}

function cut(text: string, range: DateRange): string {
  const before = text.slice(0, range.index).replace(/\b(?:since|from|depuis|seit|desde|ab)\s*$/i, '');
  return trimPunctuation(`${before} ${text.slice(range.index + range.length)}`.replace(/\(\s*\)/g, ''));
}

/** The date of one line: its own date cell first, then a date at either end of the line. */
export function lineDate(line: Line, lineIndex: number): EntryDate | null {
  if (line.cells.length > 1) {
    for (let c = 0; c < line.cells.length; c++) {
      const cell = line.cells[c]!;
      const ranges = findDateRanges(cell.text);
      const range = ranges.find((r) => !r.single) ?? ranges[0];
      if (!range || cell.text.length > 80) continue;
      // Kept apart with a bar, so "Title | Company" cells split into their parts again.
      const others = line.cells
        .filter((_, i) => i !== c)
        .map((x) => x.text)
        .join(' | ');
      return { range, lineIndex, besideDate: cut(cell.text, range), ownCell: true, restOfLine: others };
    }
  }
  const range = placedDate(line.text);
  if (!range) return null;
  return { range, lineIndex, besideDate: '', ownCell: false, restOfLine: cut(line.text, range) };
}

/** Whether a line's date is one date standing in the line's first cell, a date column's. */
function inDateColumn(line: Line, date: EntryDate): boolean {
  // lineDate reads the first cell that holds a date: this one, when the first cell holds any.
  return date.ownCell && date.range.single && findDateRanges(line.cells[0]?.text ?? '').length > 0;
}

/**
 * A date column too narrow for a range holds it on two lines, one date each ("Dec 2025" over
 * "Oct 2022" beside a PhD): the entry's date is the range the two span, whichever comes first.
 */
function wrappedRange(lines: Line[], date: EntryDate): EntryDate {
  const next = lines[date.lineIndex + 1];
  if (!next || !inDateColumn(lines[date.lineIndex]!, date)) return date;
  const below = lineDate(next, date.lineIndex + 1);
  const [a, b] = [date.range.start, below && inDateColumn(next, below) ? below.range.start : null];
  if (!a || !b || a === b) return date;
  const [start, end] = a < b ? [a, b] : [b, a];
  return { ...date, range: { ...date.range, start, end, single: false } };
}

/** The first dated line of an entry's lines. */
export function findEntryDate(lines: Line[]): EntryDate | null {
  for (let i = 0; i < lines.length; i++) {
    const found = lineDate(lines[i]!, i);
    if (found) return wrappedRange(lines, found);
  }
  return null;
}
