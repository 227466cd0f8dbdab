import type { SourceChannel } from './http';
import type { ScholarSettings, SourceId } from '../model/scholar';

/** One CV publication as the sources see it. */
export interface CvPublication {
  index: number;
  title: string;
  year: number | null;
  venue: string | null;
  kind: string;
  doi: string | null;
  arxiv: string | null;
  /** Co-authors as written in the CV (the candidate removed where known). */
  coauthors: string[];
}

/** What the CV says that helps find and recognise the person. */
export interface CvQuery {
  /** Names to search, primary first, at most a few. */
  searchNames: string[];
  /** Every written form of the name, for recognising records. */
  allNames: string[];
  publications: CvPublication[];
  organisations: string[];
  orcid: string | null;
}

export interface SourceWork {
  source: SourceId;
  id: string;
  title: string;
  year: number | null;
  /** Every venue the record names (OpenAlex lists arXiv and the proceedings separately). */
  venues: string[];
  doi: string | null;
  url: string;
  citations: number | null;
  /** Bylines as printed on the record. */
  authors: string[];
  /** Ids of the source's author records on the work, for sharing works among candidates. */
  authorIds: string[];
}

export interface AuthorCandidate {
  source: SourceId;
  id: string;
  name: string;
  alternativeNames: string[];
  url: string;
  affiliations: string[];
  orcid: string | null;
  worksCount: number | null;
  citations: number | null;
  hIndex: number | null;
  i10: number | null;
  /** The record's works as fetched (may be a sample of a long list); null when not fetched. */
  works: SourceWork[] | null;
}

export interface SourceFindings {
  candidates: AuthorCandidate[];
  /** Works found by identifier or title rather than through an author (DOI batches). */
  works: SourceWork[];
  /** Indexes of the publications this source answered a query about, found or not (Crossref). */
  answered?: number[];
}

export interface SourceContext {
  http: SourceChannel;
  settings: ScholarSettings;
  base: string;
}

/** The one interface every scholarly source implements. */
export interface ScholarSource {
  id: SourceId;
  /** Milliseconds between two requests: the source's published pace. */
  minIntervalMs: number;
  /** Requests this source may send per look-up in the first round. */
  cap: number;
  find(query: CvQuery, ctx: SourceContext): Promise<SourceFindings>;
}

export const EMPTY_FINDINGS: SourceFindings = { candidates: [], works: [] };

// Narrow helpers for reading JSON of unknown shape without `any`.
export type Json = unknown;
export function obj(value: Json): Record<string, Json> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, Json>)
    : {};
}
export function arr(value: Json): Json[] {
  if (Array.isArray(value)) return value;
  // DBLP gives one item as an object and several as an array.
  return value === undefined || value === null ? [] : [value];
}
export function str(value: Json): string | null {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : null;
}
export function num(value: Json): number | null {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
}

export function bareDoi(doi: string | null): string | null {
  if (!doi) return null;
  return doi
    .replace(/^https?:\/\/(dx\.)?doi\.org\//i, '')
    .replace(/^doi:/i, '')
    .toLowerCase();
}
