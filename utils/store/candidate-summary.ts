import * as v from 'valibot';
import { PUBLICATION_KINDS, type Entry, type Profile, type PublicationKind } from '../model/profile';
import {
  everyKey,
  id,
  integer,
  label,
  list,
  nullableInteger,
  nullableText,
  text,
  timestamp,
} from '../schema/fields';
import { CandidateMetricsSchema, readScholarMetrics } from './scholar-metrics';
import { normaliseText } from './normalise';
import { CANDIDATE_STATUSES, RatingSchema, type CandidateRecord } from './types';

/** The figures a list row, a sort and a CSV row need, derived from a record on demand. */
export const CandidateSummarySchema = v.object({
  ...CandidateMetricsSchema.entries,
  id,
  name: text(),
  /** The candidate's other names, shown under the name in a list row. */
  variants: list(text()),
  affiliation: nullableText(),
  phdYear: nullableInteger,
  publications: integer,
  publicationsByKind: everyKey(PUBLICATION_KINDS, integer),
  tags: list(label),
  rating: RatingSchema,
  status: v.picklist(CANDIDATE_STATUSES),
  updatedAt: timestamp,
  flagCount: integer,
});
export type CandidateSummary = v.InferOutput<typeof CandidateSummarySchema>;

const DOCTORATE = /\b(ph\.?\s?d|d\.?\s?phil|doctor|doctorat|doktor|dr\.?\s?rer)/i;

function yearOf(date: string | null): number | null {
  const match = date?.match(/^(\d{4})/);
  return match ? Number(match[1]) : null;
}

/** The doctorate among the education entries, if there is one. */
export function doctorateOf(profile: Profile): Entry | null {
  return profile.education.find((e: Entry) => DOCTORATE.test(e.title ?? e.raw)) ?? null;
}

/** The year the doctorate ended; null while it is ongoing or when there is none. */
export function phdYear(profile: Profile): number | null {
  const doctorate = doctorateOf(profile);
  return doctorate ? yearOf(doctorate.end) : null;
}

/** The stated affiliation, else the organisation of a current position, else of the first one. */
export function affiliationOf(profile: Profile): string | null {
  if (profile.person.affiliation) return profile.person.affiliation;
  const current = profile.positions.find((p) => p.end === 'present' && p.organization);
  return current?.organization ?? profile.positions.find((p) => p.organization)?.organization ?? null;
}

/**
 * The affiliation as a list row shows it: the stated one or an ongoing position's organisation;
 * otherwise the latest position that ended, said as ended ("Samsung, until 2024-12"), never as current.
 */
export function affiliationText(profile: Profile): string | null {
  if (profile.person.affiliation) return profile.person.affiliation;
  const current = profile.positions.find((p) => p.end === 'present' && p.organization);
  if (current) return current.organization;
  const ended = profile.positions
    .filter((p) => p.organization && p.end && /^\d{4}/.test(p.end))
    .sort((a, b) => (b.end as string).localeCompare(a.end as string))[0];
  if (ended) return `${ended.organization}, until ${ended.end}`;
  return profile.positions.find((p) => p.organization)?.organization ?? null;
}

export function countByKind(profile: Profile): Record<PublicationKind, number> {
  const counts = Object.fromEntries(PUBLICATION_KINDS.map((k) => [k, 0])) as Record<PublicationKind, number>;
  for (const publication of profile.publications) counts[publication.kind] += 1;
  return counts;
}

/**
 * One record of the `summaries` store: what a list row, a sort and the search box need,
 * kept beside each candidate (written in the same transaction) so that listing thousands of
 * candidates never reads their full profiles.
 */
export interface CandidateRow extends CandidateSummary {
  /** Normalised names, variants, affiliation, organisations and titles, for the search box. */
  searchText: string;
}

export function summarise(record: CandidateRecord): CandidateSummary {
  return {
    id: record.id,
    name: record.name,
    variants: record.profile.person.nameVariants.map((v) => v.name),
    affiliation: affiliationText(record.profile),
    phdYear: phdYear(record.profile),
    publications: record.profile.publications.length,
    publicationsByKind: countByKind(record.profile),
    ...readScholarMetrics(record.scholar),
    tags: record.tags,
    rating: record.rating,
    status: record.status,
    updatedAt: record.updatedAt,
    // Concerns only: notes such as a name variant are not something to check.
    flagCount: record.flags.filter((flag) => flag.severity === 'warning').length,
  };
}

/** Everything the search box looks at: names, variants, affiliation, organisations, titles. */
export function searchText(record: CandidateRecord): string {
  const { person, positions, publications } = record.profile;
  return normaliseText(
    [
      record.name,
      ...person.nameVariants.map((v) => v.name),
      person.affiliation ?? '',
      ...positions.map((p) => p.organization ?? ''),
      ...publications.map((p) => p.title ?? ''),
    ].join(' \n '),
  );
}

export function rowOf(record: CandidateRecord): CandidateRow {
  return { ...summarise(record), searchText: searchText(record) };
}
