import type { CvDocument } from '../document/types';
import type { ExportFormat } from '../export/types';
import type { DocumentAnalysis } from '../pipeline/analyse-document';
import type { Profile } from '../model/profile';
import type { RequestLogEntry, ScholarSettings, SourceId, SourceStatus } from '../model/scholar';
import type { CandidateRow } from '../store/candidate-summary';
import type { CandidateRecord, ListOptions, ReviewPatch } from '../store/types';

/**
 * Every message between the parts of CV Lens, named by direction. Requests go from a UI page
 * (popup, side panel, options) to the background; events go from
 * the background to every open UI page. Each is validated where it is received (validate.ts).
 */

/** The states a tab's analysis passes through, shown by the popup. */
export type AnalysisStage = 'injecting' | 'reading-pdf' | 'parsing' | 'looking-up' | 'done';

/** Why a tab could not be analysed; each has its own view in the popup. */
export type AnalysisFailure =
  'no-cv' | 'restricted-page' | 'pdf-unreadable' | 'pdf-file-access' | 'pdf-error' | 'internal';

/** What the background answers for a tab: the pipeline's analysis of it, and where it was read. */
export type AnalysisSummary = DocumentAnalysis & { kind: 'analysis'; tabId: number; url: string | null };

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
export type UiRequest =
  /** readAnyway: the page did not read as a CV and the reviewer asked to read it all the same. */
  | { type: 'analyse-tab'; tabId: number; readAnyway?: boolean }
  | { type: 'get-analysis'; tabId: number }
  /** The document of a PDF tab, parsed by the popup after a PdfTabNotice. */
  | { type: 'analyse-pdf-document'; tabId: number; document: CvDocument; url: string }
  | { type: 'list-candidates'; options: ListOptions }
  | { type: 'get-candidate'; id: string }
  | { type: 'update-review'; id: string; patch: ReviewPatch }
  | { type: 'delete-candidate'; id: string }
  | { type: 'clear-candidates' }
  | { type: 'export'; format: ExportFormat; candidateId: string | null }
  | { type: 'import-backup'; text: string }
  /** A document parsed in a UI page (a PDF dropped on the side panel), to be profiled and stored. */
  | { type: 'store-document'; document: CvDocument; url: string }
  | { type: 'get-settings' }
  | { type: 'save-settings'; settings: Partial<ScholarSettings> }
  | { type: 'get-request-log' }
  | { type: 'clear-scholar-cache' }
  | { type: 'set-badges'; tabId: number; visible: boolean };

/** Background → UI pages (broadcast). */
export type BackgroundEvent =
  | { type: 'analysis-progress'; tabId: number; stage: AnalysisStage }
  | { type: 'source-progress'; tabId: number; source: SourceId; status: SourceStatus | 'pending' }
  | { type: 'candidates-changed'; ids: string[] };

export type Request = UiRequest;

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string; failure?: AnalysisFailure };

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
