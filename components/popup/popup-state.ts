import type {
  AnalysisFailure,
  AnalysisStage,
  AnalysisSummary,
  BackgroundEvent,
  ProgressStatus,
  Reply,
} from '../../utils/messages/types';
import type { SourceId } from '../../utils/model/scholar';

/** What each source reported during this look-up, from 'source-progress' events. */
export type SourceProgress = Partial<Record<SourceId, ProgressStatus>>;

/** How many of the CV's publications each source that has answered holds in its own records. */
export type SourceFound = Partial<Record<SourceId, number>>;

/**
 * 'ready' shows a profile: the CV as read while `lookingUp` (each source's status filled in as it
 * answers), then with the scholar part once the look-up has finished.
 */
export type PopupState =
  | {
      view: 'working';
      stage: AnalysisStage;
      sources: SourceProgress;
      found: SourceFound;
      tabId: number | null;
    }
  | { view: 'failed'; failure: AnalysisFailure; message: string }
  | {
      view: 'ready';
      summary: AnalysisSummary;
      sources: SourceProgress;
      found: SourceFound;
      tabId: number | null;
      lookingUp: boolean;
    };

export type PopupAction =
  | { type: 'tab'; tabId: number }
  | { type: 'event'; event: BackgroundEvent }
  | { type: 'stage'; stage: AnalysisStage }
  /** The profile read from the document, before the look-up has answered. */
  | { type: 'read'; summary: AnalysisSummary }
  | { type: 'reply'; reply: Reply<AnalysisSummary> }
  | { type: 'failed'; failure: AnalysisFailure; message: string }
  /** The tab is analysed again from the start (the reviewer asked to read a non-CV page anyway). */
  | { type: 'restart'; tabId: number };

export const INITIAL_STATE: PopupState = {
  view: 'working',
  stage: 'injecting',
  sources: {},
  found: {},
  tabId: null,
};

function tabOf(state: PopupState): number | null {
  return state.view === 'failed' ? null : state.tabId;
}

function sourcesOf(state: PopupState): SourceProgress {
  return state.view === 'failed' ? {} : state.sources;
}

function foundOf(state: PopupState): SourceFound {
  return state.view === 'failed' ? {} : state.found;
}

/**
 * A source starting again has no count yet; the closing report repeats each status without a
 * count, and the count sent when the source answered stays.
 */
function foundAfter(
  found: SourceFound,
  source: SourceId,
  status: ProgressStatus,
  count: number | undefined,
): SourceFound {
  if (status === 'pending') return Object.fromEntries(Object.entries(found).filter(([id]) => id !== source));
  return count === undefined ? found : { ...found, [source]: count };
}

/** The popup's state machine, pure so each transition is tested without a browser. */
export function reducePopup(state: PopupState, action: PopupAction): PopupState {
  switch (action.type) {
    case 'tab':
      return state.view === 'working' ? { ...state, tabId: action.tabId } : state;
    case 'stage':
      return state.view === 'working' && action.stage !== 'done' ? { ...state, stage: action.stage } : state;
    case 'event': {
      const { event } = action;
      if (state.view === 'failed' || !('tabId' in event) || event.tabId !== state.tabId) return state;
      if (event.type === 'analysis-progress') {
        if (state.view === 'ready') return { ...state, lookingUp: event.stage !== 'done' };
        return reducePopup(state, { type: 'stage', stage: event.stage });
      }
      if (event.type === 'source-progress') {
        const sources = { ...state.sources, [event.source]: event.status };
        const found = foundAfter(state.found, event.source, event.status, event.found);
        // A source reporting means the look-up has started, whatever stage event was missed.
        if (state.view === 'ready')
          return { ...state, sources, found, lookingUp: state.lookingUp || event.status === 'pending' };
        return { ...state, stage: 'looking-up', sources, found };
      }
      return state;
    }
    case 'read':
      // Late: the finished analysis is already shown, or the analysis failed.
      if (state.view === 'failed' || (state.view === 'ready' && !state.lookingUp)) return state;
      return {
        view: 'ready',
        summary: action.summary,
        sources: sourcesOf(state),
        found: foundOf(state),
        tabId: tabOf(state) ?? action.summary.tabId,
        lookingUp: true,
      };
    case 'reply': {
      const { reply } = action;
      if (!reply.ok) return { view: 'failed', failure: reply.failure ?? 'internal', message: reply.error };
      return {
        view: 'ready',
        summary: reply.value,
        sources: sourcesOf(state),
        found: foundOf(state),
        tabId: tabOf(state) ?? reply.value.tabId,
        lookingUp: false,
      };
    }
    case 'failed':
      return { view: 'failed', failure: action.failure, message: action.message };
    case 'restart':
      return { view: 'working', stage: 'injecting', sources: {}, found: {}, tabId: action.tabId };
  }
}
