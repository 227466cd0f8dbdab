import { useEffect, useState } from 'preact/hooks';
import type { AnalysisFailure, AnalysisStage, AnalysisSummary } from '../../utils/messages/types';
import { sendRequest, subscribeToEvents } from '../../utils/extension/messaging';
import { getActiveTab } from '../../utils/extension/tabs';

export type PopupState =
  | { view: 'working'; stage: AnalysisStage }
  | { view: 'failed'; failure: AnalysisFailure; message: string }
  | { view: 'ready'; summary: AnalysisSummary };

/**
 * The tab the popup reports on: the active tab, or the one named by `?tab=` when the popup is
 * opened detached in a tab or window of its own (where it would otherwise read itself).
 */
async function tabToRead(): Promise<{ id: number } | null> {
  const named = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(named) && named > 0) return { id: named };
  return getActiveTab();
}

/** Asks the background to analyse the active tab and follows its progress. */
export function usePopupAnalysis(): PopupState {
  const [state, setState] = useState<PopupState>({ view: 'working', stage: 'injecting' });

  useEffect(() => {
    let tabId: number | null = null;
    const unsubscribe = subscribeToEvents((event) => {
      if (event.type === 'analysis-progress' && event.tabId === tabId && event.stage !== 'done') {
        setState((current) => (current.view === 'working' ? { view: 'working', stage: event.stage } : current));
      }
    });
    void (async () => {
      const tab = await tabToRead();
      if (!tab) {
        setState({ view: 'failed', failure: 'restricted-page', message: 'There is no page to read in this window.' });
        return;
      }
      tabId = tab.id;
      const reply = await sendRequest({ type: 'analyse-tab', tabId: tab.id });
      setState(
        reply.ok
          ? { view: 'ready', summary: reply.value }
          : { view: 'failed', failure: reply.failure ?? 'internal', message: reply.error },
      );
    })();
    return unsubscribe;
  }, []);

  return state;
}
