import type { Publication } from '../profile/types';
import { statesOnlyStatus } from '../publications/status';

/** Where the work appeared: the venue, unless the CV put a status there ("submitted"). */
export function placeOf(publication: Publication): string | null {
  const venue = publication.venue?.trim();
  return venue && !statesOnlyStatus(venue) ? venue : null;
}

/** "ICML 2024": the place and the year, the year left out when the place already says it. */
export function placeAndYear(publication: Publication): string {
  const place = placeOf(publication);
  const year = publication.year === null ? null : String(publication.year);
  if (place && year && place.includes(year)) return place;
  return [place, year].filter(Boolean).join(' ');
}

/**
 * The candidate's place in the author list, as a person reads it: "1st of 3", "3rd of 5+" (the
 * CV wrote "et al."), "1st of 3, equal contribution"; null when the candidate was not found in it.
 */
export function authorPosition(publication: Publication): string | null {
  const index = publication.candidateAuthorIndex;
  if (index === null) return null;
  const count = `${publication.authors.length}${publication.authorsIncomplete ? '+' : ''}`;
  const equal = publication.equalContribution ? ', equal contribution' : '';
  return `${ordinal(index + 1)} of ${count}${equal}`;
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix =
    tens >= 11 && tens <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
}

/** The authors as written, with "et al." where the CV cut the list short. */
export function authorsText(publication: Publication): string {
  return [...publication.authors, ...(publication.authorsIncomplete ? ['et al.'] : [])].join(', ');
}
