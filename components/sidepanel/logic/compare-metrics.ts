import type { Flag, Profile, PublicationKind } from '../../../utils/model/profile';
import { SOURCE_IDS, type SourceId } from '../../../utils/model/scholar';
import { PUBLICATION_KINDS } from '../../../utils/model/profile';
import { affiliationText, phdYear } from '../../../utils/store/candidate-summary';
import { readScholarMetrics } from '../../../utils/store/scholar-metrics';
import type { CandidateRecord, ScholarResults } from '../../../utils/store/types';

export interface SourceFigures {
  source: SourceId;
  citations: number | null;
  hIndex: number | null;
  works: number | null;
}

export interface YearCounts {
  year: number;
  byKind: Partial<Record<PublicationKind, number>>;
  total: number;
}

export interface PositionLine {
  title: string | null;
  organization: string | null;
  start: string | null;
  end: string | null;
}

/** One column of the comparison: everything derived from one candidate's record. */
export interface CompareColumn {
  id: string;
  name: string;
  affiliation: string | null;
  phdYear: number | null;
  yearsSincePhd: number | null;
  positions: PositionLine[];
  publications: number;
  undated: number;
  perYear: YearCounts[];
  /** Publications a source confirmed, over all the CV lists; null when never looked up. */
  verified: number | null;
  verifiedShare: number | null;
  citations: number | null;
  hIndex: number | null;
  bySource: SourceFigures[];
  /** First author includes sole-authored papers; last author needs at least one co-author. */
  firstAuthor: number;
  lastAuthor: number;
  soleAuthor: number;
  /** Publications where the parser could not find the candidate among the authors. */
  authorUnknown: number;
  flags: Flag[];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function numberOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** The scholar part: the record keeps it beside the profile; older records may have it inside. */
function scholarOf(record: CandidateRecord): ScholarResults | null {
  if (record.scholar) return record.scholar;
  // ScholarPart has no index signature; the readers below only need it as plain JSON.
  return (record.profile.scholar as unknown as ScholarResults | undefined) ?? null;
}

/**
 * Citations and h-index per source, read defensively because the scholar stage owns the shape:
 * metrics.bySource first, else the best resolved author record of each source.
 */
export function figuresBySource(scholar: ScholarResults | null): SourceFigures[] {
  if (!scholar) return [];
  const bySource =
    isObject(scholar.metrics) && isObject(scholar.metrics.bySource) ? scholar.metrics.bySource : {};
  const authors = Array.isArray(scholar.authors) ? scholar.authors.filter(isObject) : [];
  const out: SourceFigures[] = [];
  for (const source of SOURCE_IDS) {
    const metrics = bySource[source];
    if (isObject(metrics)) {
      out.push({
        source,
        citations: numberOrNull(metrics.citations),
        hIndex: numberOrNull(metrics.hIndex),
        works: numberOrNull(metrics.works),
      });
      continue;
    }
    const author = authors
      .filter((a) => a.source === source)
      .sort((a, b) => (numberOrNull(b.confidence) ?? 0) - (numberOrNull(a.confidence) ?? 0))[0];
    if (author) {
      out.push({
        source,
        citations: numberOrNull(author.citations),
        hIndex: numberOrNull(author.hIndex),
        works: numberOrNull(author.works),
      });
    }
  }
  return out;
}

function verifiedCount(scholar: ScholarResults | null): number | null {
  if (!scholar) return null;
  if (Array.isArray(scholar.publications)) {
    return scholar.publications.filter((p) => isObject(p) && p.verdict === 'verified').length;
  }
  return readScholarMetrics(scholar).verified;
}

export function perYear(profile: Profile): { years: YearCounts[]; undated: number } {
  const byYear = new Map<number, YearCounts>();
  let undated = 0;
  for (const publication of profile.publications) {
    if (publication.year === null) {
      undated += 1;
      continue;
    }
    const entry = byYear.get(publication.year) ?? { year: publication.year, byKind: {}, total: 0 };
    entry.byKind[publication.kind] = (entry.byKind[publication.kind] ?? 0) + 1;
    entry.total += 1;
    byYear.set(publication.year, entry);
  }
  return { years: [...byYear.values()].sort((a, b) => a.year - b.year), undated };
}

export function authorship(
  profile: Profile,
): Pick<CompareColumn, 'firstAuthor' | 'lastAuthor' | 'soleAuthor' | 'authorUnknown'> {
  let firstAuthor = 0;
  let lastAuthor = 0;
  let soleAuthor = 0;
  let authorUnknown = 0;
  for (const { candidateAuthorIndex: index, authors } of profile.publications) {
    if (index === null) {
      authorUnknown += 1;
      continue;
    }
    if (authors.length <= 1) soleAuthor += 1;
    if (index === 0) firstAuthor += 1;
    else if (index === authors.length - 1) lastAuthor += 1;
  }
  return { firstAuthor, lastAuthor, soleAuthor, authorUnknown };
}

export function compareColumn(record: CandidateRecord, now: Date): CompareColumn {
  const { profile } = record;
  const scholar = scholarOf(record);
  const phd = phdYear(profile);
  const verified = verifiedCount(scholar);
  const overall = readScholarMetrics(scholar);
  const { years, undated } = perYear(profile);
  return {
    id: record.id,
    name: record.name || profile.person.name || 'Unnamed candidate',
    affiliation: affiliationText(profile),
    phdYear: phd,
    yearsSincePhd: phd === null ? null : Math.max(0, now.getUTCFullYear() - phd),
    positions: profile.positions.map((p) => ({
      title: p.title,
      organization: p.organization,
      start: p.start,
      end: p.end,
    })),
    publications: profile.publications.length,
    undated,
    perYear: years,
    verified,
    verifiedShare:
      verified === null || profile.publications.length === 0 ? null : verified / profile.publications.length,
    citations: overall.citations,
    hIndex: overall.hIndex,
    bySource: figuresBySource(scholar),
    ...authorship(profile),
    // A name variant is not a concern: it is shown with the name, not among the flags.
    flags: (record.flags.length > 0 ? record.flags : profile.flags).filter(
      (flag) => flag.kind !== 'name-variant',
    ),
  };
}

/** The year axis shared by every column, so bars line up across candidates. */
export function sharedYears(columns: readonly CompareColumn[]): number[] {
  const all = columns.flatMap((c) => c.perYear.map((y) => y.year));
  if (all.length === 0) return [];
  const from = Math.min(...all);
  const to = Math.max(...all);
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** The kinds any compared candidate has, in the contract's order, for one legend. */
export function kindsUsed(columns: readonly CompareColumn[]): PublicationKind[] {
  const used = new Set(columns.flatMap((c) => c.perYear.flatMap((y) => Object.keys(y.byKind))));
  return PUBLICATION_KINDS.filter((k) => used.has(k));
}

/** The largest yearly total, the scale of every bar. */
export function maxPerYear(columns: readonly CompareColumn[]): number {
  return Math.max(1, ...columns.flatMap((c) => c.perYear.map((y) => y.total)));
}
