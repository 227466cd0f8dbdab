import * as v from 'valibot';
import { FlagSchema, ProfileSchema } from '../model/profile';
import { ScholarPartSchema, type ScholarPart } from '../model/scholar';
import { id, label, list, text, timestamp, url } from '../schema/fields';

export const CANDIDATE_STATUSES = [
  'new',
  'shortlisted',
  'interview',
  'offer',
  'declined',
  'archived',
] as const;
export type CandidateStatus = (typeof CANDIDATE_STATUSES)[number];

export const RATINGS = [1, 2, 3, 4, 5] as const;
/** 1–5, or null while the reviewer has not rated. */
export const RatingSchema = v.nullable(v.picklist(RATINGS));
export type Rating = v.InferOutput<typeof RatingSchema>;

/**
 * Scholar results as the scholar stage produced them (its type, its shape). A candidate never
 * looked up has none: null in the record.
 */
export type ScholarResults = ScholarPart;

/** One place a candidate was seen (page URL or file:// URL), with the first and last time. */
export const SeenAtSchema = v.object({
  url,
  firstSeen: timestamp,
  lastSeen: timestamp,
});
export type SeenAt = v.InferOutput<typeof SeenAtSchema>;

/** The reviewer's own data about a candidate: never overwritten by a re-parse. */
const ReviewSchema = v.object({
  notes: text(),
  tags: list(label),
  rating: RatingSchema,
  status: v.picklist(CANDIDATE_STATUSES),
});
export type Review = v.InferOutput<typeof ReviewSchema>;

/** One record of the `candidates` store (schema version 2). */
export const CandidateRecordSchema = v.object({
  ...ReviewSchema.entries,
  id,
  /** The display name, indexed for sorting; '' when the CV gave none. */
  name: text(),
  /** The merged profile, without its scholar results (kept in `scholar`). */
  profile: ProfileSchema,
  scholar: v.nullable(ScholarPartSchema),
  flags: list(FlagSchema),
  urls: list(SeenAtSchema),
  /** ISO 8601 timestamps. */
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type CandidateRecord = v.InferOutput<typeof CandidateRecordSchema>;

export const ReviewPatchSchema = v.object({
  notes: v.optional(text()),
  tags: v.optional(list(label)),
  rating: v.optional(RatingSchema),
  status: v.optional(v.picklist(CANDIDATE_STATUSES)),
});
export type ReviewPatch = v.InferOutput<typeof ReviewPatchSchema>;

export const SORT_KEYS = [
  'updated',
  'name',
  'phdYear',
  'publications',
  'citations',
  'hIndex',
  'rating',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export const SORT_DIRECTIONS = ['asc', 'desc'] as const;

export const ListOptionsSchema = v.object({
  sort: v.optional(v.picklist(SORT_KEYS)),
  /** Defaults: ascending for name, descending for everything else. */
  direction: v.optional(v.picklist(SORT_DIRECTIONS)),
  tag: v.optional(label),
  status: v.optional(v.picklist(CANDIDATE_STATUSES)),
  /** Words that must all occur in the name, a variant, the affiliation or a title. */
  search: v.optional(label),
});
export type ListOptions = v.InferOutput<typeof ListOptionsSchema>;

/** What upsertProfile did. */
export interface UpsertResult {
  record: CandidateRecord;
  merged: boolean;
}

/** One record of the `documents` store: a parsed document and where its profile went. */
export interface DocumentRecord {
  url: string;
  hash: string;
  candidateId: string;
  parsedAt: string;
}

/** One record of the `scholarCache` store. */
export interface ScholarCacheRecord {
  key: string;
  value: unknown;
  /** Epoch milliseconds, so a time-to-live is one subtraction. */
  fetchedAt: number;
}
