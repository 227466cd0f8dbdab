import type { Line } from '../document/types';
import type { DateRange } from '../dates/parse-date-range';

/** The lines of one entry as the section gave them, with the sub-heading they sat under. */
export interface EntryLines {
  lines: Line[];
  subheading: string | null;
}

/** Where an entry's date was found, and the text of that line without it. */
export interface EntryDate {
  range: DateRange;
  lineIndex: number;
  /** The rest of the cell that held the date ("Berkeley, United States" beside "2023 – Current"). */
  besideDate: string;
  /** Whether the date sat in a cell of its own (a dates column). */
  ownCell: boolean;
  /** The line's other cells' text, or the line with the date cut out. */
  restOfLine: string;
}
