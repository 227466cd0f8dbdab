import { useEffect, useState } from 'preact/hooks';
import { isOwnPage, watchActiveTab } from '../../../utils/extension/active-tab';
import { sendRequest, subscribeToEvents } from '../../../utils/extension/messaging';
import { getActiveTab, type TabInfo } from '../../../utils/extension/tabs';
import type { AnalysisStage, AnalysisSummary } from '../../../utils/messages/types';

export interface FollowedTab {
  tab: TabInfo | null;
  analysis: AnalysisSummary | null;
  /** The stage of an analysis running in the followed tab, or null. */
  stage: AnalysisStage | null;
  /** Bumped on every tab switch, so the app can tell a new tab from a refreshed analysis. */
  switchCount: number;
}

/**
 * The active tab and what CV Lens has read there. The extension's own pages (the popup opened
 * as a tab, the options page, this panel opened as a tab) are not followed: switching to them
 * keeps the panel on the page the reviewer was reading.
 */
export function useFollowedTab(): FollowedTab {
  const [state, setState] = useState<FollowedTab>({ tab: null, analysis: null, stage: null, switchCount: 0 });

  useEffect(() => {
    let current: TabInfo | null = null;
    let request = 0;

    const refresh = async (tab: TabInfo, switched: boolean) => {
      const ticket = ++request;
      const reply = await sendRequest({ type: 'get-analysis', tabId: tab.id });
      if (ticket !== request) return;
      const analysis = reply.ok ? reply.value : null;
      setState((s) => ({
        tab,
        analysis,
        stage: switched ? null : s.stage === 'done' ? null : s.stage,
        switchCount: switched ? s.switchCount + 1 : s.switchCount,
      }));
    };

    const follow = (tab: TabInfo | null) => {
      if (!tab || isOwnPage(tab.url)) return;
      const switched = current?.id !== tab.id || current.url !== tab.url;
      current = tab;
      void refresh(tab, switched);
    };

    void getActiveTab().then(follow);
    const unwatch = watchActiveTab(follow);
    const unsubscribe = subscribeToEvents((event) => {
      if (!current) return;
      const tab = current;
      // A store change may be this tab's analysis landing, or its candidate deleted.
      if (event.type === 'candidates-changed') void refresh(tab, false);
      if (event.type !== 'analysis-progress' || event.tabId !== tab.id) return;
      setState((s) => ({ ...s, stage: event.stage === 'done' ? null : event.stage }));
      if (event.stage === 'done') void refresh(tab, false);
    });
    return () => {
      unwatch();
      unsubscribe();
    };
  }, []);

  return state;
}
