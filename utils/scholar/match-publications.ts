import {
  AMBIGUOUS_TITLE,
  isUnpublishedVenue,
  SAME_TITLE,
  titleSimilarity,
  venueKey,
  venuesAgree,
} from './normalise';
import type { CvPublication, SourceWork } from './source';
import { bareDoi } from './source';
import type { ScholarPublication, SourceId, Verdict } from './types';

// Where several sources agree, the record reported is the first in this order.
const PREFERENCE: SourceId[] = ['openalex', 'semanticscholar', 'dblp', 'crossref', 'orcid'];

interface Scored {
  work: SourceWork;
  similarity: number;
  yearOk: boolean;
  venueOk: boolean;
  /** The record's venue that agrees with the CV, else its first. */
  venue: string | null;
}

/** The record's venue that agrees with the CV's; undefined when none does. */
function agreeingVenue(pub: CvPublication, work: SourceWork): string | null | undefined {
  const first = work.venues[0] ?? null;
  if (!pub.venue || work.venues.length === 0) return first; // nothing to compare: no warning without evidence
  if (pub.kind === 'thesis') return first;
  if (isUnpublishedVenue(pub.venue)) return work.venues.find((v) => venueKey(v).keys.has('arxiv'));
  return work.venues.find((v) => venuesAgree(pub.venue ?? '', v));
}

function score(pub: CvPublication, work: SourceWork): Scored {
  const sameDoi = pub.doi !== null && work.doi !== null && bareDoi(pub.doi) === work.doi;
  const agreeing = agreeingVenue(pub, work);
  return {
    work,
    similarity: sameDoi ? 1 : titleSimilarity(pub.title, work.title),
    yearOk: pub.year === null || work.year === null || pub.year === work.year,
    venueOk: agreeing !== undefined,
    venue: agreeing ?? work.venues[0] ?? null,
  };
}

function rank(s: Scored): number {
  return (
    (s.yearOk && s.venueOk ? 4 : s.venueOk ? 2 : s.yearOk ? 1 : 0) * 10 - PREFERENCE.indexOf(s.work.source)
  );
}

/**
 * The verdict for one CV publication over every source's records: verified when some record
 * agrees on venue and year, else year-differs (venue agrees), venue-differs (year agrees or
 * neither), ambiguous when titles are only near, not-found when no record comes close.
 */
export function matchPublication(pub: CvPublication, works: SourceWork[]): ScholarPublication {
  const scored = works.map((w) => score(pub, w));
  const same = scored.filter((s) => s.similarity >= SAME_TITLE);
  const near = scored.filter((s) => s.similarity >= AMBIGUOUS_TITLE && s.similarity < SAME_TITLE);
  const empty: ScholarPublication = {
    index: pub.index,
    verdict: 'not-found',
    source: null,
    id: null,
    doi: null,
    title: null,
    venue: null,
    year: null,
    citations: null,
    url: null,
    foundIn: [],
  };
  if (same.length === 0) {
    if (near.length === 0) return empty;
    const best = near.sort((a, b) => b.similarity - a.similarity)[0]!;
    return { ...report(best, near), index: pub.index, verdict: 'ambiguous' };
  }
  const best = same.sort((a, b) => rank(b) - rank(a) || b.similarity - a.similarity)[0]!;
  const verdict: Verdict =
    best.yearOk && best.venueOk ? 'verified' : best.venueOk ? 'year-differs' : 'venue-differs';
  return { ...report(best, same), index: pub.index, verdict };
}

function report(best: Scored, all: Scored[]): ScholarPublication & { verdict: Verdict } {
  const citations = all.map((s) => s.work.citations).filter((c): c is number => c !== null);
  return {
    index: 0,
    verdict: 'verified',
    source: best.work.source,
    id: best.work.id,
    doi: best.work.doi ?? all.map((s) => s.work.doi).find((d) => d !== null) ?? null,
    title: best.work.title,
    venue: best.venue,
    year: best.work.year,
    citations: citations.length > 0 ? Math.max(...citations) : null,
    url: best.work.url,
    foundIn: PREFERENCE.filter((src) => all.some((s) => s.work.source === src)),
  };
}
