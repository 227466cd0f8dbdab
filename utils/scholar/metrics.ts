import { normaliseTitle } from './normalise';
import type { AuthorCandidate, SourceWork } from './source';
import type { MergedBasis, ScholarMetrics, SourceId } from '../model/scholar';
import { SOURCE_IDS } from '../model/scholar';

export function hIndex(citations: number[]): number {
  const sorted = [...citations].sort((a, b) => b - a);
  let h = 0;
  while (h < sorted.length && sorted[h]! >= h + 1) h++;
  return h;
}

interface Distinct {
  year: number | null;
  citations: number | null;
}

/**
 * One entry per paper: records sharing a DOI, or without one sharing a normalised title, are one
 * paper, counted at the largest citation count any source gives it.
 */
export function distinctWorks(works: SourceWork[]): Distinct[] {
  const byKey = new Map<string, Distinct>();
  const entries: Distinct[] = [];
  for (const w of works) {
    const keys = [w.doi ? `doi:${w.doi}` : null, `title:${normaliseTitle(w.title)}`].filter(
      (k): k is string => k !== null,
    );
    const found = keys.map((k) => byKey.get(k)).find((e) => e !== undefined);
    const entry = found ?? { year: null, citations: null };
    if (!found) entries.push(entry);
    const counts = [entry.citations, w.citations].filter((c): c is number => c !== null);
    entry.citations = counts.length ? Math.max(...counts) : null;
    const years = [entry.year, w.year].filter((y): y is number => y !== null);
    entry.year = years.length ? Math.min(...years) : null;
    for (const k of keys) byKey.set(k, entry);
  }
  return entries;
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
  const hIndexOf = only?.hIndex ?? computed.hIndex;
  return {
    ...computed,
    // An h-index of 16 means at least 16 works, whatever sample of them was fetched.
    works: Math.max(sum((c) => c.worksCount) ?? computed.works, hIndexOf ?? 0),
    citations: sum((c) => c.citations) ?? computed.citations,
    hIndex: hIndexOf,
    i10: only?.i10 ?? computed.i10,
  };
}

function largest(values: (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length > 0 ? Math.max(...known) : null;
}

/**
 * The merged figures: computed over the union of the candidate's works across accepted records
 * (de-duplicated by DOI, then normalised title; each at its largest citation count), and never
 * below a single source's own figure, since the union holds every work that source counts.
 */
export function mergedMetrics(
  works: SourceWork[],
  bySource: Partial<Record<SourceId, ScholarMetrics>>,
  records: number,
): ScholarMetrics & { basis: MergedBasis } {
  const computed = computeMetrics(works);
  const sources = Object.values(bySource);
  return {
    ...computed,
    works: Math.max(computed.works, ...sources.map((m) => m.works)),
    citations: largest([computed.citations, ...sources.map((m) => m.citations)]),
    hIndex: largest([computed.hIndex, ...sources.map((m) => m.hIndex)]),
    i10: largest([computed.i10, ...sources.map((m) => m.i10)]),
    basis: {
      records,
      works: computed.works,
      sources: SOURCE_IDS.filter((id) => works.some((w) => w.source === id)),
    },
  };
}
