/**
 * The profile JSON contract of shared/DESIGN.md, as schemas: the types are inferred from them and
 * every profile that crosses a boundary (a backup, a message) is rebuilt by them, known fields only.
 * Later versions may add fields; they never rename or drop these.
 */
import * as v from 'valibot';
import { ScholarPartSchema } from './scholar';
import {
  integer,
  label,
  list,
  nullableInteger,
  nullableText,
  nullableUrl,
  text,
  url,
} from '../schema/fields';

export const SCHEMA_VERSION = 1 as const;

/** Where a document came from: the format its reader took it in. */
export const SOURCE_KINDS = ['html', 'pdf', 'text'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];
export const DOCUMENT_KINDS = ['cv', 'letter', 'publication-list', 'profile-page', 'unknown'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
/** "YYYY" or "YYYY-MM"; end dates may also be "present". */
export type PartialDate = string;

export const EntrySchema = v.object({
  title: nullableText(),
  organization: nullableText(),
  location: nullableText(),
  start: nullableText(),
  end: nullableText(),
  raw: text(),
});
export type Entry = v.InferOutput<typeof EntrySchema>;

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

export const PublicationSchema = v.object({
  title: nullableText(),
  authors: list(text()),
  venue: nullableText(),
  year: nullableInteger,
  kind: v.picklist(PUBLICATION_KINDS),
  status: v.nullable(v.picklist(PUBLICATION_STATUSES)),
  candidateAuthorIndex: nullableInteger,
  equalContribution: v.boolean(),
  notes: list(text()),
  doi: nullableText(),
  raw: text(),
  /** Added field (allowed by the contract): arXiv id such as "2402.12354". */
  arxiv: v.optional(v.nullable(label)),
  /** Added field: links found in the entry (DOI, arXiv, PDF, code). */
  links: v.optional(list(url)),
  /** Added field: true when the entry cuts its author list short ("et al."); absent otherwise. */
  authorsIncomplete: v.optional(v.boolean()),
});
export type Publication = v.InferOutput<typeof PublicationSchema>;

export const ItemSchema = v.object({
  text: text(),
  year: nullableInteger,
  raw: text(),
});
export type Item = v.InferOutput<typeof ItemSchema>;

export const NameVariantSchema = v.object({
  name: text(),
  evidence: text(),
});
export type NameVariant = v.InferOutput<typeof NameVariantSchema>;

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

export const FLAG_SEVERITIES = ['info', 'warning'] as const;

export const FlagSchema = v.object({
  kind: v.picklist(FLAG_KINDS),
  severity: v.picklist(FLAG_SEVERITIES),
  message: text(),
  /** Added field: the CV text the flag rests on, shown beside it. */
  evidence: v.optional(list(text())),
  /** Added field: indexes into profile.publications the flag concerns. */
  publications: v.optional(list(integer)),
});
export type Flag = v.InferOutput<typeof FlagSchema>;

export const PersonSchema = v.object({
  name: nullableText(),
  nameVariants: list(NameVariantSchema),
  emails: list(label),
  links: list(url),
  /** Added field: the current affiliation where the CV states one. */
  affiliation: v.optional(nullableText()),
});
export type Person = v.InferOutput<typeof PersonSchema>;

export const ProfileSchema = v.object({
  schemaVersion: v.literal(SCHEMA_VERSION),
  source: v.object({
    kind: v.picklist(SOURCE_KINDS),
    url: nullableUrl,
    title: nullableText(),
    pages: nullableInteger,
  }),
  documentKind: v.picklist(DOCUMENT_KINDS),
  person: PersonSchema,
  education: list(EntrySchema),
  positions: list(EntrySchema),
  publications: list(PublicationSchema),
  awards: list(ItemSchema),
  talks: list(ItemSchema),
  teaching: list(ItemSchema),
  service: list(ItemSchema),
  skills: list(ItemSchema),
  flags: list(FlagSchema),
  /** Added field: what the scholarly databases say (the scholar stage). */
  scholar: v.optional(ScholarPartSchema),
});
export type Profile = v.InferOutput<typeof ProfileSchema>;
