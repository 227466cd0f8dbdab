import {
  isPreprintVenue,
  isUnpublishedVenue,
  titleRelation,
  titleSimilarity,
  venuesAgree,
} from './normalise';
import type { CvPublication, SourceWork } from './source';
import { bareDoi } from './source';
import type { ScholarPublication, SourceId, Verdict } from '../model/scholar';

// Where several sources agree, the record reported is the first in this order.
const PREFERENCE: SourceId[] = ['openalex', 'semanticscholar', 'dblp', 'crossref', 'orcid'];
const RECORD_AUTHORS = 5;

/** What the look-up knows when it gives verdicts. */
export interface MatchContext {
  /** Works one of whose authors is the candidate (by an accepted record's id or a byline name). */
  mine: SourceWork[];
  /** Works found by DOI or title whose authors are all other people. */
  others: SourceWork[];
  /** Some source answered: without that, "not in any record" was never learnt. */
  checked: boolean;
}

interface Scored {
  work: SourceWork;
  similarity: number;
  verdict: Verdict;
  /** The record's venue that agrees with the CV, else its first. */
  venue: string | null;
}

/** A record known only from a repository: arXiv, SSRN, bioRxiv, … (OpenAlex lists such locations). */
function preprintOnly(work: SourceWork): boolean {
  return work.venues.length > 0 && work.venues.every(isPreprintVenue);
}

/** The record's venue that agrees with the CV's; undefined when none does. */
function agreeingVenue(pub: CvPublication, work: SourceWork): string | null | undefined {
  const first = work.venues[0] ?? null;
  if (!pub.venue || work.venues.length === 0) return first; // nothing to compare: no warning without evidence
  if (pub.kind === 'thesis') return first;
  if (isUnpublishedVenue(pub.venue) || isPreprintVenue(pub.venue)) return work.venues.find(isPreprintVenue);
  return work.venues.find((v) => venuesAgree(pub.venue ?? '', v));
}

/** 1 for the same paper (same DOI or same title), the character similarity for a near title, else 0. */
function titleScore(pub: CvPublication, work: SourceWork): number {
  if (pub.doi !== null && work.doi !== null && bareDoi(pub.doi) === work.doi) return 1;
  const relation = titleRelation(pub.title, work.title);
  return relation === 'same'
    ? 1
    : relation === 'near'
      ? Math.min(titleSimilarity(pub.title, work.title), 0.99)
      : 0;
}

function score(pub: CvPublication, work: SourceWork): Scored {
  const agreeing = agreeingVenue(pub, work);
  const preprint = preprintOnly(work);
  const yearGap = pub.year === null || work.year === null ? 0 : Math.abs(pub.year - work.year);
  // A preprint is often posted the year before (or revised the year after) the published paper.
  const yearOk = yearGap === 0 || (preprint && yearGap <= 1);
  const verdict: Verdict =
    agreeing !== undefined
      ? yearOk
        ? 'verified'
        : 'year-differs'
      : preprint && yearOk
        ? 'preprint-found'
        : 'venue-differs';
  return { work, similarity: titleScore(pub, work), verdict, venue: agreeing ?? work.venues[0] ?? null };
}

// The verdict the best record earns wins: one record that agrees outweighs copies that do not,
// and a published record that disagrees says more than a preprint copy.
const ORDER: Verdict[] = ['verified', 'year-differs', 'venue-differs', 'preprint-found'];

function rank(s: Scored): number {
  return (ORDER.length - ORDER.indexOf(s.verdict)) * 10 - PREFERENCE.indexOf(s.work.source);
}

function empty(pub: CvPublication, verdict: Verdict): ScholarPublication {
  return {
    index: pub.index,
    verdict,
    source: null,
    id: null,
    doi: null,
    title: null,
    venue: null,
    year: null,
    citations: null,
    url: null,
    foundIn: [],
    recordAuthors: [],
  };
}

/** How many of the CV's publications have a record of the same title or DOI among these works. */
export function countFound(publications: CvPublication[], works: SourceWork[]): number {
  return publications.filter((pub) => works.some((work) => titleScore(pub, work) === 1)).length;
}

/**
 * The verdict for one CV publication. Only the candidate's own works can verify it: verified
 * when one agrees on venue and year, else year-differs, venue-differs, preprint-found; a record
 * of that title or DOI by other people is authorship-differs; titles only near are ambiguous;
 * nothing at all is not-found when a source answered and unchecked when none did.
 */
export function matchPublication(pub: CvPublication, ctx: MatchContext): ScholarPublication {
  const scored = ctx.mine.map((w) => score(pub, w));
  const same = scored.filter((s) => s.similarity === 1);
  if (same.length > 0) {
    const best = same.sort((a, b) => rank(b) - rank(a))[0]!;
    return report(pub, best, same);
  }
  const borrowed = ctx.others.map((w) => score(pub, w)).filter((s) => s.similarity === 1);
  if (borrowed.length > 0) {
    const best = borrowed.sort((a, b) => rank(b) - rank(a))[0]!;
    // Someone else's paper adds nothing: no citations are credited to the candidate.
    return { ...report(pub, best, borrowed), verdict: 'authorship-differs', citations: null };
  }
  const near = scored.filter((s) => s.similarity > 0);
  if (near.length > 0) {
    const best = near.sort((a, b) => b.similarity - a.similarity)[0]!;
    return { ...report(pub, best, near), verdict: 'ambiguous' };
  }
  return empty(pub, ctx.checked ? 'not-found' : 'unchecked');
}

function report(pub: CvPublication, best: Scored, all: Scored[]): ScholarPublication {
  const citations = all.map((s) => s.work.citations).filter((c): c is number => c !== null);
  return {
    index: pub.index,
    verdict: best.verdict,
    source: best.work.source,
    id: best.work.id,
    doi: best.work.doi ?? all.map((s) => s.work.doi).find((d) => d !== null) ?? null,
    title: best.work.title,
    venue: best.venue,
    year: best.work.year,
    citations: citations.length > 0 ? Math.max(...citations) : null,
    url: best.work.url,
    foundIn: PREFERENCE.filter((src) => all.some((s) => s.work.source === src)),
    recordAuthors: best.work.authors.filter(Boolean).slice(0, RECORD_AUTHORS),
  };
}
