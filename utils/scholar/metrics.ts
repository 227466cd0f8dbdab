import { normaliseTitle } from './normalise';
import type { AuthorCandidate, SourceWork } from './source';
import type { ScholarMetrics } from './types';

export function hIndex(citations: number[]): number {
  const sorted = [...citations].sort((a, b) => b - a);
  let h = 0;
  while (h < sorted.length && sorted[h]! >= h + 1) h++;
  return h;
}

/** One entry per paper: the same title from two records (or two sources) counts once, at its highest count. */
export function distinctWorks(works: SourceWork[]): { year: number | null; citations: number | null }[] {
  const byTitle = new Map<string, { year: number | null; citations: number | null }>();
  for (const w of works) {
    const key = normaliseTitle(w.title);
    const prev = byTitle.get(key);
    const counts = [prev?.citations, w.citations].filter((c): c is number => typeof c === 'number');
    const citations = counts.length ? Math.max(...counts) : null;
    const years = [prev?.year, w.year].filter((y): y is number => typeof y === 'number');
    byTitle.set(key, { year: years.length ? Math.min(...years) : null, citations });
  }
  return [...byTitle.values()];
}

export function computeMetrics(works: SourceWork[]): ScholarMetrics {
  const distinct = distinctWorks(works);
  const counted = distinct.some((w) => w.citations !== null);
  const citations = distinct.map((w) => w.citations ?? 0);
  const years = distinct.map((w) => w.year).filter((y): y is number => y !== null);
  return {
    works: distinct.length,
    citations: counted ? citations.reduce((a, b) => a + b, 0) : null,
    hIndex: counted ? hIndex(citations) : null,
    i10: counted ? citations.filter((c) => c >= 10).length : null,
    firstYear: years.length ? Math.min(...years) : null,
    latestYear: years.length ? Math.max(...years) : null,
  };
}

/**
 * A source's metrics for the person: the record's own figures where it gives them (one record,
 * so nothing to add up wrongly), else computed from the works fetched for the accepted records.
 */
export function sourceMetrics(accepted: AuthorCandidate[]): ScholarMetrics {
  const computed = computeMetrics(accepted.flatMap((c) => c.works ?? []));
  const only = accepted.length === 1 ? accepted[0] : undefined;
  const sum = (pick: (c: AuthorCandidate) => number | null): number | null =>
    accepted.every((c) => pick(c) !== null) ? accepted.reduce((s, c) => s + (pick(c) ?? 0), 0) : null;
  return {
    ...computed,
    works: sum((c) => c.worksCount) ?? computed.works,
    citations: sum((c) => c.citations) ?? computed.citations,
    hIndex: only?.hIndex ?? computed.hIndex,
    i10: only?.i10 ?? computed.i10,
  };
}
