import { SOURCE_NAMES } from '../../utils/scholar/labels';
import type { ScholarPublication } from '../../utils/scholar/types';

/** One line on what the databases say about a publication, for details and badges. */
export function recordText(record: ScholarPublication | undefined): string {
  if (!record) return 'Not checked against scholarly databases.';
  const where = record.foundIn.map((source) => SOURCE_NAMES[source]).join(', ');
  const venueYear = [record.venue, record.year].filter((part) => part !== null && part !== '').join(', ');
  switch (record.verdict) {
    case 'verified':
      return `Verified${where ? ` in ${where}` : ''}${citations(record)}.`;
    case 'venue-differs':
      return `Venue differs: the record says ${venueYear || 'another venue'}${where ? ` (${where})` : ''}${citations(record)}.`;
    case 'year-differs':
      return `Year differs: the record says ${venueYear || 'another year'}${where ? ` (${where})` : ''}${citations(record)}.`;
    case 'preprint-found':
      return `Preprint found: only a repository copy matched (${venueYear || 'a preprint'}${where ? `, ${where}` : ''})${citations(record)}.`;
    case 'authorship-differs':
      return `Authorship differs: a record of this paper exists${where ? ` (${where})` : ''}, but the candidate is not among its authors${record.recordAuthors.length ? ` (${record.recordAuthors.join(', ')})` : ''}.`;
    case 'not-found':
      return 'Not found in any source that answered.';
    case 'ambiguous':
      return 'Several records could match; none was chosen.';
    case 'unchecked':
      return 'Not checked: no source could be asked or answered.';
  }
}

function citations(record: ScholarPublication): string {
  return record.citations === null
    ? ''
    : `, ${record.citations} citation${record.citations === 1 ? '' : 's'}`;
}
