import type { Line } from '../document/types';
import { ORGANIZATION } from '../lexicon/entry-words';

/**
 * An organisation written on its own line just under the entry's header (Jekyll and Wowchemy put the
 * institution in a nested item or a paragraph of its own).
 */
export function organizationNearby(lines: Line[], after: string[]): string | null {
  const start = lines.findIndex((l) => after.some((a) => a && l.text.includes(a)));
  for (const line of lines.slice(start + 1, start + 3)) {
    if (line.text.length <= 100 && ORGANIZATION.test(line.text) && !/[.!?]$/.test(line.text))
      return line.text;
  }
  return null;
}
