import type { CandidateSummary } from '../../../utils/messages/types';
import {
  SCHOLAR_PART_VERSION,
  type ScholarMetrics,
  type ScholarPart,
  type SourceId,
} from '../../../utils/scholar/types';
import type { Profile } from '../../../utils/profile/types';
import { summarise } from '../../../utils/store/candidate-summary';
import type { CandidateRecord, Review } from '../../../utils/store/types';
import { SEED_IDS, type SeedId } from '../../support/fixtures';
import { seedProfile } from '../../support/profiles';

/** A stored record around a real (truth-built) profile, as the store would hold it. */
export function recordOf(
  id: string,
  profile: Profile,
  extra: Partial<Review & Pick<CandidateRecord, 'scholar' | 'updatedAt' | 'flags'>> = {},
): CandidateRecord {
  return {
    id,
    name: profile.person.name ?? '',
    profile,
    scholar: extra.scholar ?? null,
    flags: extra.flags ?? profile.flags,
    urls: [
      {
        url: profile.source.url ?? `file:///${id}.pdf`,
        firstSeen: '2025-01-01T00:00:00Z',
        lastSeen: '2025-01-02T00:00:00Z',
      },
    ],
    createdAt: '2025-01-01T00:00:00Z',
    updatedAt: extra.updatedAt ?? '2025-01-02T00:00:00Z',
    notes: extra.notes ?? '',
    tags: extra.tags ?? [],
    rating: extra.rating ?? null,
    status: extra.status ?? 'new',
  };
}

/** The row the background answers 'list-candidates' with. */
export function rowOf(record: CandidateRecord): CandidateSummary {
  return {
    ...summarise(record),
    variants: record.profile.person.nameVariants.map((v) => v.name),
  };
}

export function seedRecords(): Record<SeedId, CandidateRecord> {
  const out = {} as Record<SeedId, CandidateRecord>;
  SEED_IDS.forEach((id, i) => {
    out[id] = recordOf(id, seedProfile(id, 'html'), { updatedAt: `2025-02-0${i + 1}T00:00:00Z` });
  });
  return out;
}

/** Scholar results in the scholar stage's shape, with per-source figures and verdicts. */
export function scholarPart(
  profile: Profile,
  figures: {
    citations: number;
    hIndex: number;
    verified: number;
    bySource?: Partial<Record<SourceId, [number, number]>>;
  },
): ScholarPart {
  const metrics = (citations: number, hIndex: number): ScholarMetrics => ({
    works: profile.publications.length,
    citations,
    hIndex,
    i10: 0,
    firstYear: null,
    latestYear: null,
  });
  return {
    version: SCHOLAR_PART_VERSION,
    authors: [],
    rejected: [],
    metrics: {
      ...metrics(figures.citations, figures.hIndex),
      bySource: Object.fromEntries(
        Object.entries(figures.bySource ?? {}).map(([source, [c, h]]) => [source, metrics(c, h)]),
      ),
      basis: null,
    },
    publications: profile.publications.map((p, index) => ({
      index,
      verdict: index < figures.verified ? 'verified' : 'not-found',
      source: index < figures.verified ? 'openalex' : null,
      id: null,
      doi: p.doi,
      title: p.title,
      venue: p.venue,
      year: p.year,
      citations: null,
      url: null,
      foundIn: index < figures.verified ? ['openalex'] : [],
      recordAuthors: [],
    })),
    sources: { openalex: 'ok', dblp: 'ok', semanticscholar: 'ok', orcid: 'disabled', crossref: 'ok' },
    variants: [],
    requests: 3,
    fetchedAt: '2025-01-02T00:00:00Z',
  };
}
