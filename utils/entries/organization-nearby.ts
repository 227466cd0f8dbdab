import type { Line } from '../document/types';
import { ORGANIZATION } from '../lexicon/entry-words';
import { findEntryDate } from './find-entry-date';

/** A line that can name an organisation on its own: short, with an organisation word, not a sentence. */
function namesOrganization(line: Line): boolean {
  return line.text.length <= 100 && ORGANIZATION.test(line.text) && !/[.!?]$/.test(line.text);
}

/**
 * An organisation written on its own line just under the entry's header (Jekyll and Wowchemy put the
 * institution in a nested item or a paragraph of its own).
 */
export function organizationNearby(lines: Line[], after: string[]): string | null {
  const start = lines.findIndex((l) => after.some((a) => a && l.text.includes(a)));
  return lines.slice(start + 1, start + 3).find(namesOrganization)?.text ?? null;
}

/**
 * The organisation written on a line of its own above the entry's dated line ("Sewanee: The
 * University of the South" over "Visiting Assistant Professor 2018 – 2019"); `dateLine` is the index
 * of the entry's dated line, as its header found it.
 */
export function organizationAbove(lines: Line[], dateLine: number | null): string | null {
  const above = dateLine === null ? undefined : lines[dateLine - 1];
  return above && namesOrganization(above) ? above.text : null;
}

/**
 * The organisation an entry names for the roles listed after it, each with its own dates: the line
 * above its own dates, or its one undated line when the line stands as an entry of its own.
 */
export function organizationHeading(lines: Line[]): string | null {
  const date = findEntryDate(lines);
  if (date) return organizationAbove(lines, date.lineIndex);
  return lines.length === 1 && namesOrganization(lines[0]!) ? lines[0]!.text : null;
}
