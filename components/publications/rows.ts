import { safeHref } from '../../utils/document/safe-href';
import type { Profile, Publication } from '../../utils/profile/types';
import { VERDICTS, type ScholarPart, type ScholarPublication, type Verdict } from '../../utils/scholar/types';
import { recordText } from '../timeline/verdicts';

/** One publication as the list shows it: the CV's facts beside what the record says. */
export interface PublicationRow {
  index: number;
  title: string;
  venue: string | null;
  year: number | null;
  status: Publication['status'];
  /** "1st of 4", "last of 5", "sole author"; null when the candidate is not found in the authors. */
  position: string | null;
  firstAuthor: boolean;
  lastAuthor: boolean;
  equalContribution: boolean;
  citations: number | null;
  /** null while the look-up that will give it is still running. */
  verdict: Verdict | null;
  /** The matched record's page, else the CV's DOI. */
  href: string | null;
  /** What the record says, in words: the "why" behind the verdict. */
  detail: string;
}

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${{ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th'}`;
}

export function isFirstAuthor(publication: Publication): boolean {
  return publication.candidateAuthorIndex === 0;
}

/** Last of several authors (a sole author is first, not last). */
export function isLastAuthor(publication: Publication): boolean {
  const at = publication.candidateAuthorIndex;
  return at !== null && publication.authors.length > 1 && at === publication.authors.length - 1;
}

/** Where the candidate stands in the author list, in words. */
export function authorPosition(publication: Publication): string | null {
  const at = publication.candidateAuthorIndex;
  const count = publication.authors.length;
  if (at === null || count === 0) return null;
  if (count === 1) return 'sole author';
  if (at === count - 1) return `last of ${count}`;
  return `${ordinal(at + 1)} of ${count}`;
}

function linkOf(publication: Publication, record: ScholarPublication | undefined): string | null {
  const fromRecord = record?.url ? safeHref(record.url) : null;
  if (fromRecord) return fromRecord;
  const doi = record?.doi ?? publication.doi;
  return doi ? safeHref(`https://doi.org/${doi}`) : null;
}

/**
 * Every publication of the profile in the CV's order. `pending`: a look-up is running, so a
 * publication without a record yet is waiting, not unchecked.
 */
export function publicationRows(
  profile: Profile,
  scholar: ScholarPart | undefined,
  pending = false,
): PublicationRow[] {
  const byIndex = new Map((scholar?.publications ?? []).map((p) => [p.index, p]));
  return profile.publications.map((publication, index) => {
    const record = byIndex.get(index);
    const verdict = record?.verdict ?? (pending ? null : 'unchecked');
    return {
      index,
      title: publication.title ?? publication.raw,
      venue: publication.venue,
      year: publication.year,
      status: publication.status,
      position: authorPosition(publication),
      firstAuthor: isFirstAuthor(publication),
      lastAuthor: isLastAuthor(publication),
      equalContribution: publication.equalContribution,
      citations: record?.citations ?? null,
      verdict,
      href: linkOf(publication, record),
      detail: verdict === null ? 'Looking up…' : recordText(record),
    };
  });
}

/** How many rows have each verdict, in the vocabulary's order, leaving out the verdicts absent. */
export function verdictCounts(rows: readonly PublicationRow[]): { verdict: Verdict; count: number }[] {
  return VERDICTS.map((verdict) => ({
    verdict,
    count: rows.filter((r) => r.verdict === verdict).length,
  })).filter((c) => c.count > 0);
}

/** The rows with one verdict, or all of them when no verdict is chosen. */
export function filterRows(rows: readonly PublicationRow[], verdict: Verdict | null): PublicationRow[] {
  return verdict === null ? [...rows] : rows.filter((row) => row.verdict === verdict);
}
