import * as v from 'valibot';
import { CvDocumentSchema } from '../document/types';
import { EXPORT_FORMATS, type ExportFormat } from '../export/types';
import { DocumentAnalysisSchema, PIPELINE_STAGES } from '../pipeline/analyse-document';
import type { Profile } from '../model/profile';
import {
  SOURCE_IDS,
  SOURCE_STATUSES,
  SettingsPatchSchema,
  type RequestLogEntry,
  type ScholarSettings,
} from '../model/scholar';
import { id, integer, list, nullableUrl, text, url } from '../schema/fields';
import type { CandidateRow } from '../store/candidate-summary';
import { MESSAGE_LIMIT_BYTES } from './message-size';
import { ListOptionsSchema, ReviewPatchSchema, type CandidateRecord } from '../store/types';

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
export interface PdfTabNotice {
  kind: 'pdf';
  tabId: number;
  url: string;
}

/** One row of the side panel's candidate list, as the store keeps it for fast listing. */
export type CandidateSummary = Omit<CandidateRow, 'searchText'>;

export type { ExportFormat };

export interface ExportFile {
  filename: string;
  mime: string;
  text: string;
}

export interface RequestLogView {
  entries: RequestLogEntry[];
  /** OpenAlex spend today (UTC), in US dollars. */
  costTodayUsd: number;
}

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

/**
 * A reply's envelope, checked where it is received. Its value comes from the extension's own
 * worker (the browser says so) and is typed by ReplyMap.
 */
export const ReplyEnvelopeSchema = v.variant('ok', [
  v.object({ ok: v.literal(true), value: v.unknown() }),
  v.object({ ok: v.literal(false), error: text(), failure: v.optional(v.picklist(ANALYSIS_FAILURES)) }),
]);

/** What each request answers. */
export interface ReplyMap {
  'analyse-tab': AnalysisSummary | PdfTabNotice;
  'analyse-pdf-document': AnalysisSummary;
  'get-analysis': AnalysisSummary | null;
  'list-candidates': CandidateSummary[];
  'get-candidate': CandidateRecord | null;
  'update-review': CandidateRecord;
  'delete-candidate': null;
  'clear-candidates': null;
  export: ExportFile;
  'import-backup': { added: number; merged: number };
  'store-document': { candidateId: string; merged: boolean; profile: Profile };
  'get-settings': ScholarSettings;
  'save-settings': ScholarSettings;
  'get-request-log': RequestLogView;
  'clear-scholar-cache': null;
  'set-badges': { shown: number };
}

export type RequestOf<K extends Request['type']> = Extract<Request, { type: K }>;
