/**
 * The profile JSON contract of shared/DESIGN.md. Later versions may add fields;
 * they never rename or drop these.
 */
import type { ScholarPart } from './scholar';

export const SCHEMA_VERSION = 1 as const;

export type SourceKind = 'html' | 'pdf' | 'text';
export const DOCUMENT_KINDS = ['cv', 'letter', 'publication-list', 'profile-page', 'unknown'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
/** "YYYY" or "YYYY-MM"; end dates may also be "present". */
export type PartialDate = string;

export interface Entry {
  title: string | null;
  organization: string | null;
  location: string | null;
  start: PartialDate | null;
  end: PartialDate | 'present' | null;
  raw: string;
}

export const PUBLICATION_KINDS = [
  'journal',
  'conference',
  'workshop',
  'preprint',
  'thesis',
  'book',
  'chapter',
  'report',
  'other',
] as const;
export type PublicationKind = (typeof PUBLICATION_KINDS)[number];

export const PUBLICATION_STATUSES = ['published', 'accepted', 'submitted', 'preprint'] as const;
export type PublicationStatus = (typeof PUBLICATION_STATUSES)[number] | null;

export interface Publication {
  title: string | null;
  authors: string[];
  venue: string | null;
  year: number | null;
  kind: PublicationKind;
  status: PublicationStatus;
  candidateAuthorIndex: number | null;
  equalContribution: boolean;
  notes: string[];
  doi: string | null;
  raw: string;
  /** Added field (allowed by the contract): arXiv id such as "2402.12354". */
  arxiv?: string | null;
  /** Added field: links found in the entry (DOI, arXiv, PDF, code). */
  links?: string[];
  /** Added field: true when the entry cuts its author list short ("et al."); absent otherwise. */
  authorsIncomplete?: boolean;
}

export interface Item {
  text: string;
  year: number | null;
  raw: string;
}

export interface NameVariant {
  name: string;
  evidence: string;
}

/**
 * What a flag is about. 'parser-error': the reader itself failed on the document (a bug in CV
 * Lens, not a fault of the CV); the flag carries the document's text so nothing is lost.
 */
export const FLAG_KINDS = [
  'no-cv',
  'truncated',
  'duplicate-publication',
  'candidate-not-in-authors',
  'name-variant',
  'parser-error',
] as const;
export type FlagKind = (typeof FLAG_KINDS)[number];

export interface Flag {
  kind: FlagKind;
  severity: 'info' | 'warning';
  message: string;
  /** Added field: the CV text the flag rests on, shown beside it. */
  evidence?: string[];
  /** Added field: indexes into profile.publications the flag concerns. */
  publications?: number[];
}

export interface Person {
  name: string | null;
  nameVariants: NameVariant[];
  emails: string[];
  links: string[];
  /** Added field: the current affiliation where the CV states one. */
  affiliation?: string | null;
}

export interface Profile {
  schemaVersion: typeof SCHEMA_VERSION;
  source: { kind: SourceKind; url: string | null; title: string | null; pages: number | null };
  documentKind: DocumentKind;
  person: Person;
  education: Entry[];
  positions: Entry[];
  publications: Publication[];
  awards: Item[];
  talks: Item[];
  teaching: Item[];
  service: Item[];
  skills: Item[];
  flags: Flag[];
  /** Added field: what the scholarly databases say (the scholar stage). */
  scholar?: ScholarPart;
}
