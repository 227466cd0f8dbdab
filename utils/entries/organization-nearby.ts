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
 * University of the South" over "Visiting Assistant Professor 2018 – 2019").
 */
export function organizationAbove(lines: Line[]): string | null {
  const date = findEntryDate(lines);
  const above = date ? lines[date.lineIndex - 1] : undefined;
  return above && namesOrganization(above) ? above.text : null;
}

/**
 * The organisation an entry names for the roles listed after it, each with its own dates: the line
 * above its own dates, or its one undated line when the line stands as an entry of its own.
 */
export function organizationHeading(lines: Line[]): string | null {
  const only = lines.length === 1 ? lines[0]! : null;
  if (only && !findEntryDate(lines)) return namesOrganization(only) ? only.text : null;
  return organizationAbove(lines);
}
