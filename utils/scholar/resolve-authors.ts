import { namesCanMatch } from '../names/match-names';
import { plain, SAME_TITLE, titleSimilarity } from './normalise';
import type { AuthorCandidate, CvQuery } from './source';

export interface Resolution {
  candidate: AuthorCandidate;
  accepted: boolean;
  confidence: number;
  reason: string;
  titleHits: number;
}

/** "École Polytechnique Fédérale de Lausanne" → "epfl", so a CV's acronym meets a record's full name. */
function acronym(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .split(/[^\p{L}]+/u)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('')
    .toLowerCase();
}

const GENERIC = new Set([
  'university',
  'of',
  'the',
  'institute',
  'de',
  'college',
  'school',
  'department',
  'and',
]);

function sameOrganisation(a: string, b: string): boolean {
  const pa = plain(a);
  const pb = plain(b);
  if (!pa || !pb) return false;
  if (pa === pb || pa === acronym(b) || pb === acronym(a)) return true;
  const wa = pa.split(' ').filter((w) => !GENERIC.has(w));
  const wb = new Set(pb.split(' ').filter((w) => !GENERIC.has(w)));
  const shared = wa.filter((w) => wb.has(w)).length;
  return shared > 0 && shared >= Math.min(wa.length, wb.size);
}

function isPerson(name: string, query: CvQuery): boolean {
  return query.allNames.some((n) => namesCanMatch(name, n));
}

/**
 * Decides for one source record whether it is the CV's person. A shared name is only the
 * ticket in (the clients keep only records whose name matches); acceptance needs evidence from
 * the CV: a title in common (strongest), co-authors in common, or an affiliation in common.
 * A record with none of these is a homonym and is never merged, however alike the name.
 */
export function resolveCandidate(candidate: AuthorCandidate, query: CvQuery): Resolution {
  const works = candidate.works ?? [];
  const titled = query.publications.filter((p) => p.title);
  const titleHits = titled.filter((p) =>
    works.some((w) => titleSimilarity(p.title, w.title) >= SAME_TITLE),
  ).length;
  const cvCoauthors = [...new Set(query.publications.flatMap((p) => p.coauthors))].filter(
    (n) => !isPerson(n, query),
  );
  const recordCoauthors = works.flatMap((w) => w.authors).filter((n) => n && !isPerson(n, query));
  const sharedCoauthors = cvCoauthors.filter((n) => recordCoauthors.some((m) => namesCanMatch(n, m)));
  const sharedOrgs = query.organisations.filter((o) =>
    candidate.affiliations.some((a) => sameOrganisation(o, a)),
  );

  const evidence: string[] = [];
  if (titleHits > 0) evidence.push(`${titleHits} of ${titled.length} CV titles`);
  if (sharedCoauthors.length > 0) evidence.push(`co-authors ${sharedCoauthors.slice(0, 3).join(', ')}`);
  if (sharedOrgs.length > 0) evidence.push(`affiliation ${sharedOrgs[0]}`);

  let confidence = 0;
  if (titleHits >= 3) confidence = 0.95;
  else if (titleHits === 2) confidence = 0.9;
  else if (titleHits === 1) confidence = 0.75;
  else if (sharedCoauthors.length >= 2) confidence = 0.6;
  else if (sharedOrgs.length > 0 && (titled.length === 0 || works.length === 0)) confidence = 0.5;
  if (confidence > 0 && confidence < 0.95 && (sharedCoauthors.length > 0 || sharedOrgs.length > 0)) {
    confidence = Math.min(0.95, confidence + 0.1);
  }
  const accepted = confidence > 0;
  const reason = accepted
    ? `name matches; ${evidence.join('; ')}`
    : `same name, but no CV title, co-author or affiliation in common (${works.length} works checked): another person`;
  return { candidate, accepted, confidence, reason, titleHits };
}
