import type {
  AnalysisFailure,
  AnalysisStage,
  AnalysisSummary,
  BackgroundEvent,
  ProgressStatus,
  Reply,
} from '../../utils/messages/types';
import type { SourceId } from '../../utils/scholar/types';

/** What each source reported during this look-up, from 'source-progress' events. */
export type SourceProgress = Partial<Record<SourceId, ProgressStatus>>;

export type PopupState =
  | { view: 'working'; stage: AnalysisStage; sources: SourceProgress; tabId: number | null }
  | { view: 'failed'; failure: AnalysisFailure; message: string }
  | { view: 'ready'; summary: AnalysisSummary; sources: SourceProgress };

export type PopupAction =
  | { type: 'tab'; tabId: number }
  | { type: 'event'; event: BackgroundEvent }
  | { type: 'stage'; stage: AnalysisStage }
  | { type: 'reply'; reply: Reply<AnalysisSummary> }
  | { type: 'failed'; failure: AnalysisFailure; message: string };

export const INITIAL_STATE: PopupState = { view: 'working', stage: 'injecting', sources: {}, tabId: null };

/** The popup's state machine, pure so each transition is tested without a browser. */
export function reducePopup(state: PopupState, action: PopupAction): PopupState {
  switch (action.type) {
    case 'tab':
      return state.view === 'working' ? { ...state, tabId: action.tabId } : state;
    case 'stage':
      return state.view === 'working' && action.stage !== 'done' ? { ...state, stage: action.stage } : state;
    case 'event': {
      const { event } = action;
      if (state.view !== 'working' || !('tabId' in event) || event.tabId !== state.tabId) return state;
      if (event.type === 'analysis-progress')
        return reducePopup(state, { type: 'stage', stage: event.stage });
      if (event.type === 'source-progress') {
        // A source reporting means the look-up has started, whatever stage event was missed.
        return { ...state, stage: 'looking-up', sources: { ...state.sources, [event.source]: event.status } };
      }
      return state;
    }
    case 'reply': {
      const { reply } = action;
      if (!reply.ok) return { view: 'failed', failure: reply.failure ?? 'internal', message: reply.error };
      return { view: 'ready', summary: reply.value, sources: state.view === 'working' ? state.sources : {} };
    }
    case 'failed':
      return { view: 'failed', failure: action.failure, message: action.message };
  }
}
