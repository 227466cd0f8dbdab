import type { Line, Run } from '../document/types';
import { collapseWhitespace, stripLeadingBullet } from '../document/normalize-text';
import { findEntryDate } from './find-entry-date';
import { looksLikeLocation } from '../lexicon/entry-words';
import type { DateRange } from '../dates/parse-date-range';
import type { EntryLines } from './types';

/** What an entry's first lines say, before deciding which part is the title and which the place. */
export interface EntryHeader {
  /** Header texts, one per line the header spans, with their runs. */
  texts: { text: string; runs: Run[] }[];
  range: DateRange | null;
  /** The index of the entry's line that holds its date, if any. */
  dateLine: number | null;
  location: string | null;
  raw: string;
}

/** The runs of a line without those of its date cell. */
function runsWithout(line: Line, skipText: string): Run[] {
  return line.cells.filter((c) => c.text !== skipText).flatMap((c) => c.runs);
}

/** The runs of a line with one stretch of text (the date) taken out. */
function runsWithoutText(runs: Run[], cutText: string): Run[] {
  const joined = runs.map((r) => r.text).join('');
  const at = joined.indexOf(cutText);
  if (!cutText || at < 0) return runs;
  const out: Run[] = [];
  let offset = 0;
  for (const run of runs) {
    const from = Math.max(at - offset, 0);
    const to = Math.min(at + cutText.length - offset, run.text.length);
    const text = from < to ? run.text.slice(0, from) + run.text.slice(to) : run.text;
    if (text.trim()) out.push({ ...run, text });
    offset += run.text.length;
  }
  return out;
}

/** Header lines are short and do not read as sentences of a description. */
function isHeaderLike(line: Line): boolean {
  const sentence = /[.!?]$/.test(line.text) && line.text.split(/\s+/).length >= 6;
  return line.text.length <= 160 && !/^[a-z]/.test(line.text) && line.kind !== 'list-item' && !sentence;
}

/**
 * The header of an entry: the text beside its date (or, when the date stands alone, the short lines
 * around it), the date range, and the place written beside the date.
 */
export function readEntryHeader(entry: EntryLines): EntryHeader {
  const raw = collapseWhitespace(entry.lines.map((l) => l.text).join(' '));
  const date = findEntryDate(entry.lines);
  const texts: EntryHeader['texts'] = [];
  let location: string | null = null;
  if (date) {
    const dateLine = entry.lines[date.lineIndex]!;
    if (date.besideDate) location = date.besideDate;
    // A date cell beside a place cell (altacv's "date · place" line) says nothing of the role.
    if (date.ownCell && !location && looksLikeLocation(date.restOfLine)) location = date.restOfLine;
    else if (date.restOfLine) {
      const dateCell = date.ownCell
        ? (dateLine.cells.find((c) => c.text.includes(date.besideDate))?.text ?? '')
        : '';
      const dateText = dateLine.text.slice(date.range.index, date.range.index + date.range.length);
      const runs = date.ownCell
        ? runsWithout(dateLine, dateCell)
        : runsWithoutText(
            dateLine.cells.flatMap((c) => c.runs),
            dateText,
          );
      texts.push({ text: stripLeadingBullet(date.restOfLine), runs });
    }
    if (texts.length === 0) {
      // The date stands alone: the header is the short lines before it (dates trailing) or after it.
      const neighbour = entry.lines[date.lineIndex - 1] ?? entry.lines[date.lineIndex + 1];
      if (!location && neighbour && looksLikeLocation(neighbour.text)) location = neighbour.text;
      const before = entry.lines
        .slice(0, date.lineIndex)
        .filter((l) => isHeaderLike(l) && l.text !== location);
      const after = entry.lines
        .slice(date.lineIndex + 1, date.lineIndex + 3)
        .filter((l) => isHeaderLike(l) && l.text !== location);
      const pool = before.length > 0 ? before : after;
      for (const line of pool.slice(0, 2)) {
        texts.push({ text: stripLeadingBullet(line.text), runs: line.cells.flatMap((c) => c.runs) });
      }
    }
  } else if (entry.lines[0]) {
    const first = entry.lines[0];
    texts.push({ text: stripLeadingBullet(first.text), runs: first.cells.flatMap((c) => c.runs) });
  }
  return {
    texts: texts.filter((t) => t.text),
    range: date?.range ?? null,
    dateLine: date?.lineIndex ?? null,
    location: location || null,
    raw,
  };
}
