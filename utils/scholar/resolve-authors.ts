import { namesCanMatch } from '../names/match-names';
import { distinctiveTitle, plain, sameTitle } from './normalise';
import type { AuthorCandidate, CvPublication, CvQuery, SourceWork } from './source';
import { bareDoi } from './source';

export interface Resolution {
  candidate: AuthorCandidate;
  accepted: boolean;
  /** Rejected records only: judged another person, or undetermined because their works were not checked. */
  kind: 'another-person' | 'undetermined';
  confidence: number;
  reason: string;
  titleHits: number;
}

/** Titles and co-authors agree this strongly: enough to trust the record's ORCID iD too. */
export const STRONG = 0.9;
/** Below this share of a record's works (as far as the CV could show them) one title is chance. */
const MIN_SHARE = 0.1;
const MIN_COAUTHORS = 3;

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

export function sameOrganisation(a: string, b: string): boolean {
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

/** DBLP tells homonyms apart by a number: "Bin Yu 0002". */
function dblpNumbered(candidate: AuthorCandidate): boolean {
  return candidate.source === 'dblp' && /\s\d{4}$/.test(candidate.name);
}

/**
 * Decides for one source record whether it is the CV's person. A shared name is only the
 * ticket in (the clients keep only records whose name matches); acceptance needs evidence from
 * the CV, weighed so that a namesake is not merged on chance: two or more titles in common; one
 * title when it is distinctive and a fair share of the record's works match, or another signal
 * agrees; several co-authors in common; an affiliation when nothing else can be compared. A
 * DBLP record numbered as one of several homonyms needs a title of its own. A record whose works
 * could not be fetched is undetermined, not another person.
 */
export function resolveCandidate(candidate: AuthorCandidate, query: CvQuery): Resolution {
  const works = candidate.works ?? [];
  const titled = query.publications.filter((p) => p.title);
  const copies = (p: CvPublication): SourceWork[] =>
    works.filter(
      (w) => sameTitle(p.title, w.title) || (p.doi !== null && w.doi !== null && bareDoi(p.doi) === w.doi),
    );
  const hits = titled.filter((p) => copies(p).length > 0);
  // The record's copy of a CV paper names one of that paper's co-authors: the same paper by the
  // same team, which a namesake's same-titled paper would not be.
  const sameTeam = hits.some((p) =>
    copies(p).some((w) => p.coauthors.some((c) => w.authors.some((a) => namesCanMatch(c, a)))),
  );
  const titleHits = hits.length;
  const distinctiveHits = hits.filter((p) => distinctiveTitle(p.title)).length;
  // Of the works the CV could have matched, how many did: 1 of 24 beside a 300-work record is chance.
  const share = titleHits / Math.max(1, Math.min(works.length, titled.length));
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

  // Co-author names found anywhere in the record are common enough ("Bin Yu") to need several.
  const second = sameTeam || sharedCoauthors.length >= MIN_COAUTHORS || sharedOrgs.length > 0;
  let confidence = 0;
  if (titleHits >= 3 || (titleHits === 2 && (distinctiveHits > 0 || second)))
    confidence = titleHits >= 3 ? 0.95 : 0.9;
  else if (titleHits > 0 && (second || (distinctiveHits > 0 && share >= MIN_SHARE))) confidence = 0.75;
  else if (sharedCoauthors.length >= MIN_COAUTHORS && !dblpNumbered(candidate)) confidence = 0.6;
  else if (sharedOrgs.length > 0 && (titled.length === 0 || works.length === 0) && candidate.works !== null)
    confidence = 0.5;
  if (confidence > 0 && confidence < 0.95 && second) confidence = Math.min(0.95, confidence + 0.1);

  const accepted = confidence > 0;
  const kind = candidate.works === null && !accepted ? 'undetermined' : 'another-person';
  const reason = accepted
    ? `name matches; ${evidence.join('; ')}`
    : kind === 'undetermined'
      ? 'same name; its works could not be fetched, so it was not checked: undetermined'
      : `same name, but ${rejection(titleHits, sharedCoauthors.length, candidate)} (${works.length} works checked): another person`;
  return { candidate, accepted, kind, confidence, reason, titleHits };
}

function rejection(titleHits: number, coauthors: number, candidate: AuthorCandidate): string {
  if (titleHits > 0) return `only ${titleHits} short or common CV title in common and nothing else agrees`;
  if (coauthors > 0 && dblpNumbered(candidate))
    return `DBLP numbers it as one of several people of this name, and co-authors alone do not tell them apart`;
  if (coauthors > 0)
    return `only ${coauthors} co-author${coauthors === 1 ? '' : 's'} in common and no CV title`;
  return 'no CV title, co-author or affiliation in common';
}
