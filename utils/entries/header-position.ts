import { comparisonKey } from '../document/normalize-text';
import type { Line } from '../document/types';
import type { Entry } from '../model/profile';
import { ORGANIZATION, ROLE } from '../lexicon/entry-words';
import { YEAR } from '../lexicon/year';

/** A profile page states its person's post just under the name, in at most this many lines. */
const HEADER_LINES = 4;
/** The name stands among the document's first lines. */
const NAME_WITHIN = 15;
/** A post line is short: a sentence that names a role is a biography, read by prosePositions. */
const MAX_CHARS = 90;

const DATED = new RegExp(YEAR);
const isPostLine = (text: string): boolean =>
  text.length <= MAX_CHARS && !DATED.test(text) && !/[@]|https?:/.test(text);

/**
 * The post a profile page states in the lines just under its person's name — a role, then its organisation on the
 * same line after a comma or "at", or on the next line ("Postdoctoral researcher" / "University of
 * California San Francisco") — as a position held now. For a page whose sections give no positions.
 */
export function headerPosition(lines: readonly Line[], name: string | null): Entry | null {
  if (!name) return null;
  const key = comparisonKey(name);
  const at = lines.slice(0, NAME_WITHIN).findIndex((l) => comparisonKey(l.text).includes(key));
  if (at < 0) return null;
  const top = lines.slice(at + 1, at + 1 + HEADER_LINES).map((l) => l.text.trim());
  for (const [i, text] of top.entries()) {
    if (!isPostLine(text) || !ROLE.test(text)) continue;
    const split = /^(.+?)(?:,\s+|\s+at\s+|\s+[|·–—]\s+)(.+)$/u.exec(text);
    if (split && ORGANIZATION.test(split[2]!) && !ORGANIZATION.test(split[1]!))
      return post(split[1]!, split[2]!, text);
    const next = top[i + 1];
    if (next && isPostLine(next) && ORGANIZATION.test(next) && !ROLE.test(next))
      return post(text, next, `${text}\n${next}`);
  }
  return null;
}

function post(title: string, organization: string, raw: string): Entry {
  return {
    title: title.trim(),
    organization: organization.trim(),
    location: null,
    start: null,
    end: 'present',
    raw,
  };
}
