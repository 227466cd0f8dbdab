import type { Line } from '../document/types';
import { findDateRanges } from '../dates/parse-date-range';

/** The date a letter is written on: a line near the top holding only one full date. */
export function documentDate(lines: Line[]): string | null {
  for (const line of lines.slice(0, 20)) {
    if (line.text.length > 40) continue;
    const ranges = findDateRanges(line.text);
    if (ranges.length === 1 && ranges[0]!.single && ranges[0]!.start?.includes('-')) return ranges[0]!.start;
  }
  return null;
}
