import type { ScholarPublication, SourceId, Verdict } from '../../utils/scholar/types';

/** The four colours a publication mark can take; 'differs' folds venue and year mismatches. */
export type MarkVerdict = 'verified' | 'differs' | 'not-found' | 'unchecked';

export const MARK_VERDICTS: readonly MarkVerdict[] = ['verified', 'differs', 'not-found', 'unchecked'];

export const MARK_VERDICT_TEXT: Record<MarkVerdict, string> = {
  verified: 'verified',
  differs: 'differs from the record',
  'not-found': 'not found',
  unchecked: 'not checked',
};

export const SOURCE_NAMES: Record<SourceId, string> = {
  openalex: 'OpenAlex',
  dblp: 'DBLP',
  semanticscholar: 'Semantic Scholar',
  orcid: 'ORCID',
  crossref: 'Crossref',
};

/** An ambiguous match names no single record, so it counts as unchecked rather than verified. */
export function markVerdictOf(verdict: Verdict | null | undefined): MarkVerdict {
  switch (verdict) {
    case 'verified':
      return 'verified';
    case 'venue-differs':
    case 'year-differs':
      return 'differs';
    case 'not-found':
      return 'not-found';
    default:
      return 'unchecked';
  }
}

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
    case 'not-found':
      return 'Not found in any source.';
    case 'ambiguous':
      return 'Several records could match; none was chosen.';
  }
}

function citations(record: ScholarPublication): string {
  return record.citations === null
    ? ''
    : `, ${record.citations} citation${record.citations === 1 ? '' : 's'}`;
}
