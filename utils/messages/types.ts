import type { CvDocument } from '../document/types';
import type { Profile } from '../profile/types';

/**
 * Every message between the parts of CV Lens, named by direction. Requests go from a UI page
 * (popup, side panel, options) or the offscreen document to the background; events go from
 * the background to every open UI page. Each is validated where it is received.
 */

/** The states a tab's analysis passes through, shown by the popup. */
export type AnalysisStage = 'injecting' | 'reading-pdf' | 'parsing' | 'looking-up' | 'done';

/** Why a tab could not be analysed; each has its own view in the popup. */
export type AnalysisFailure =
  | 'no-cv'
  | 'restricted-page'
  | 'pdf-unreadable'
  | 'pdf-file-access'
  | 'pdf-error'
  | 'internal';

export interface AnalysisSummary {
  tabId: number;
  url: string | null;
  /** The profile as parsed (and looked up, when the scholar stage ran). */
  profile: Profile;
  /** Section headings found on the page, in order, as written. */
  headings: string[];
  candidateId: string | null;
  /** True when the profile came from the cache because the page was unchanged. */
  fromCache: boolean;
}

/** UI → background. */
export type UiRequest =
  | { type: 'analyse-tab'; tabId: number }
  | { type: 'get-analysis'; tabId: number };

/** Offscreen document → background and background → offscreen document. */
export type OffscreenRequest = { type: 'offscreen-parse-pdf'; url: string };

/** Background → UI pages (broadcast). */
export type BackgroundEvent =
  | { type: 'analysis-progress'; tabId: number; stage: AnalysisStage }
  | { type: 'candidates-changed'; ids: string[] };

export type Request = UiRequest | OffscreenRequest;

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string; failure?: AnalysisFailure };

/** What each request answers. */
export interface ReplyMap {
  'analyse-tab': AnalysisSummary;
  'get-analysis': AnalysisSummary | null;
  'offscreen-parse-pdf': CvDocument;
}

export type RequestOf<K extends Request['type']> = Extract<Request, { type: K }>;
