import * as v from 'valibot';
import { nullableFinite, nullableInteger } from '../schema/fields';
import type { ScholarResults } from './types';

export const CandidateMetricsSchema = v.object({
  citations: nullableFinite,
  hIndex: nullableFinite,
  /** Publications the sources confirmed, and those no source found. */
  verified: nullableInteger,
  notFound: nullableInteger,
});
export type CandidateMetrics = v.InferOutput<typeof CandidateMetricsSchema>;

const finite = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

/**
 * The figures the list and the CSV show. Read defensively: records restored from a backup
 * written by another version may lack parts, and a candidate never looked up has no results.
 */
export function readScholarMetrics(scholar: ScholarResults | null): CandidateMetrics {
  if (!scholar) return { citations: null, hIndex: null, verified: null, notFound: null };
  const publications = Array.isArray(scholar.publications) ? scholar.publications : null;
  const count = (verdict: string) =>
    publications ? publications.filter((p) => p?.verdict === verdict).length : null;
  return {
    citations: finite(scholar.metrics?.citations),
    hIndex: finite(scholar.metrics?.hIndex),
    verified: count('verified'),
    notFound: count('not-found'),
  };
}
