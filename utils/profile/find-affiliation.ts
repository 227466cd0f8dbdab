import type { CvDocument, Line } from '../document/types';
import type { Entry } from '../model/profile';
import { ORGANIZATION } from '../lexicon/entry-words';

/**
 * The current affiliation: JSON-LD affiliation, else the organisation of a position that runs to the
 * present, else an organisation line in the page header just under the name.
 */
export function findAffiliation(doc: CvDocument, headerLines: Line[], positions: Entry[]): string | null {
  const fromMeta = doc.meta.persons.find((p) => p.affiliation)?.affiliation;
  if (fromMeta) return fromMeta;
  const current = positions.find((p) => p.end === 'present' && p.organization);
  if (current?.organization) return current.organization;
  const line = headerLines
    .slice(0, 6)
    .find((l) => ORGANIZATION.test(l.text) && l.text.length <= 100 && !/[@]|https?:/.test(l.text));
  return line?.text ?? null;
}
