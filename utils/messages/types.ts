import * as v from 'valibot';
import { CvDocumentSchema } from '../document/types';
import { EXPORT_FORMATS, type ExportFormat } from '../export/types';
import { DocumentAnalysisSchema, PIPELINE_STAGES } from '../pipeline/document-analysis';
import { ProfileSchema } from '../model/profile';
import {
  RequestLogEntrySchema,
  ScholarSettingsSchema,
  SOURCE_IDS,
  SOURCE_STATUSES,
  SettingsPatchSchema,
} from '../model/scholar';
import { finite, id, integer, label, list, nullableUrl, text, url } from '../schema/fields';
import { SCHEMA_LIMITS } from '../schema/limits';
import { CandidateSummarySchema, type CandidateSummary } from '../store/candidate-summary';
import { MESSAGE_LIMIT_BYTES } from './message-size';
import { CandidateRecordSchema, ListOptionsSchema, ReviewPatchSchema } from '../store/types';

/**
 * Every message between the parts of CV Lens, named by direction. Requests go from a UI page
 * (popup, side panel, options) to the background; events go from
 * the background to every open UI page. Each is validated where it is received (validate.ts), by
 * the schemas below: the types are inferred from them.
 */

/** The states a tab's analysis passes through, shown by the popup: the pipeline's, after reading. */
export const ANALYSIS_STAGES = ['injecting', 'reading-pdf', ...PIPELINE_STAGES] as const;
export type AnalysisStage = (typeof ANALYSIS_STAGES)[number];

/** A source's state in a running look-up: waiting, then how it fared. */
export const PROGRESS_STATUSES = ['pending', ...SOURCE_STATUSES] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

const tabId = v.pipe(integer, v.minValue(0));

/** Why a tab could not be analysed; each has its own view in the popup. */
export const ANALYSIS_FAILURES = [
  'no-cv',
  'restricted-page',
  'pdf-unreadable',
  'pdf-file-access',
  'pdf-error',
  'internal',
] as const;
export type AnalysisFailure = (typeof ANALYSIS_FAILURES)[number];

/** What the background answers for a tab: the pipeline's analysis of it, and where it was read. */
export const AnalysisSummarySchema = v.object({
  ...DocumentAnalysisSchema.entries,
  kind: v.literal('analysis'),
  tabId,
  url: nullableUrl,
});
export type AnalysisSummary = v.InferOutput<typeof AnalysisSummarySchema>;

/**
 * The tab shows a PDF: pdf.js cannot run in the service worker, so the asking page (popup) reads
 * the bytes and parses them itself, then sends the document back with 'analyse-pdf-document'.
 */
export const PdfTabNoticeSchema = v.object({ kind: v.literal('pdf'), tabId, url });
export type PdfTabNotice = v.InferOutput<typeof PdfTabNoticeSchema>;

/** One row of the side panel's candidate list, as the store keeps it for fast listing. */
export type { CandidateSummary };

export type { ExportFormat };

/** An export, as large as a message may carry. */
const ExportFileSchema = v.object({ filename: label, mime: label, text: text(MESSAGE_LIMIT_BYTES) });
export type ExportFile = v.InferOutput<typeof ExportFileSchema>;

const RequestLogViewSchema = v.object({
  entries: list(RequestLogEntrySchema),
  /** OpenAlex spend today (UTC), in US dollars. */
  costTodayUsd: finite,
});
export type RequestLogView = v.InferOutput<typeof RequestLogViewSchema>;

/** UI → background. */
export const UiRequestSchema = v.variant('type', [
  /** readAnyway: the page did not read as a CV and the reviewer asked to read it all the same. */
  v.object({ type: v.literal('analyse-tab'), tabId, readAnyway: v.optional(v.boolean()) }),
  v.object({ type: v.literal('get-analysis'), tabId }),
  /** The document of a PDF tab, parsed by the popup after a PdfTabNotice. */
  v.object({ type: v.literal('analyse-pdf-document'), tabId, document: CvDocumentSchema, url }),
  v.object({ type: v.literal('list-candidates'), options: ListOptionsSchema }),
  v.object({ type: v.literal('get-candidate'), id }),
  v.object({ type: v.literal('update-review'), id, patch: ReviewPatchSchema }),
  v.object({ type: v.literal('delete-candidate'), id }),
  v.object({ type: v.literal('clear-candidates') }),
  v.object({ type: v.literal('export'), format: v.picklist(EXPORT_FORMATS), candidateId: v.nullable(id) }),
  /** A backup file's text, as large as a message may be: parseBackup refuses an oversized one. */
  v.object({ type: v.literal('import-backup'), text: text(MESSAGE_LIMIT_BYTES) }),
  /** A document parsed in a UI page (a PDF dropped on the side panel), to be profiled and stored. */
  v.object({ type: v.literal('store-document'), document: CvDocumentSchema, url }),
  v.object({ type: v.literal('get-settings') }),
  v.object({ type: v.literal('save-settings'), settings: SettingsPatchSchema }),
  v.object({ type: v.literal('get-request-log') }),
  v.object({ type: v.literal('clear-scholar-cache') }),
  v.object({ type: v.literal('set-badges'), tabId, visible: v.boolean() }),
]);
export type UiRequest = v.InferOutput<typeof UiRequestSchema>;

/** Background → UI pages (broadcast). */
export const BackgroundEventSchema = v.variant('type', [
  v.object({ type: v.literal('analysis-progress'), tabId, stage: v.picklist(ANALYSIS_STAGES) }),
  v.object({
    type: v.literal('source-progress'),
    tabId,
    source: v.picklist(SOURCE_IDS),
    status: v.picklist(PROGRESS_STATUSES),
    /** When the source answered: how many of the CV's publications its own records hold. */
    found: v.optional(v.pipe(integer, v.minValue(0))),
  }),
  v.object({ type: v.literal('candidates-changed'), ids: list(id) }),
]);
export type BackgroundEvent = v.InferOutput<typeof BackgroundEventSchema>;

export type Request = UiRequest;

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string; failure?: AnalysisFailure };

/** A reply's envelope, checked where it is received before its value (REPLY_SCHEMAS). */
export const ReplyEnvelopeSchema = v.variant('ok', [
  v.object({ ok: v.literal(true), value: v.unknown() }),
  v.object({ ok: v.literal(false), error: text(), failure: v.optional(v.picklist(ANALYSIS_FAILURES)) }),
]);

const count = v.pipe(integer, v.minValue(0));

/**
 * What each request answers, one schema per request type: a reply is checked by it where it is
 * received (sendRequest), so a reply the page cannot use is an error that names what is wrong.
 */
export const REPLY_SCHEMAS = {
  'analyse-tab': v.variant('kind', [AnalysisSummarySchema, PdfTabNoticeSchema]),
  'analyse-pdf-document': AnalysisSummarySchema,
  'get-analysis': v.nullable(AnalysisSummarySchema),
  'list-candidates': list(CandidateSummarySchema, SCHEMA_LIMITS.candidates),
  'get-candidate': v.nullable(CandidateRecordSchema),
  'update-review': CandidateRecordSchema,
  'delete-candidate': v.null(),
  'clear-candidates': v.null(),
  export: ExportFileSchema,
  'import-backup': v.object({ added: count, merged: count }),
  'store-document': v.object({ candidateId: id, merged: v.boolean(), profile: ProfileSchema }),
  'get-settings': ScholarSettingsSchema,
  'save-settings': ScholarSettingsSchema,
  'get-request-log': RequestLogViewSchema,
  'clear-scholar-cache': v.null(),
  'set-badges': v.object({ shown: count }),
} satisfies { [K in Request['type']]: v.GenericSchema };

export type ReplyMap = { [K in Request['type']]: v.InferOutput<(typeof REPLY_SCHEMAS)[K]> };

export type RequestOf<K extends Request['type']> = Extract<Request, { type: K }>;
