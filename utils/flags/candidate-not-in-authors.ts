import type { Flag, Publication } from '../model/profile';

/** Listed publications whose parsed author list does not include the candidate under any known name. */
export function candidateNotInAuthorsFlags(publications: Publication[], name: string | null): Flag[] {
  if (!name) return [];
  return publications.flatMap((p, i): Flag[] => {
    if (p.authors.length === 0 || p.candidateAuthorIndex !== null) return [];
    return [
      {
        kind: 'candidate-not-in-authors',
        severity: 'warning',
        message: `The author list of "${p.title ?? p.raw.slice(0, 80)}" does not include ${name} or a known variant of the name`,
        evidence: [p.raw],
        publications: [i],
      },
    ];
  });
}
