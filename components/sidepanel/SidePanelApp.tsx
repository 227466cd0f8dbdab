import { useEffect, useState } from 'preact/hooks';
import type { AnalysisSummary } from '../../utils/messages/types';
import { sendRequest, subscribeToEvents } from '../../utils/extension/messaging';
import { getActiveTab } from '../../utils/extension/tabs';

/** Follows the active tab and shows what CV Lens has read there. */
export function SidePanelApp() {
  const [summary, setSummary] = useState<AnalysisSummary | null>(null);

  useEffect(() => {
    const refresh = async () => {
      const tab = await getActiveTab();
      const reply = tab ? await sendRequest({ type: 'get-analysis', tabId: tab.id }) : null;
      setSummary(reply?.ok ? reply.value : null);
    };
    void refresh();
    return subscribeToEvents((event) => {
      if (event.type === 'analysis-progress' && event.stage === 'done') void refresh();
    });
  }, []);

  return (
    <main style={{ padding: '12px' }}>
      <h1>CV Lens</h1>
      {summary ? (
        <p data-testid="panel-candidate">{summary.profile.person.name ?? 'Unnamed candidate'}</p>
      ) : (
        <p class="muted">Open CV Lens from the toolbar on a CV page to read it.</p>
      )}
    </main>
  );
}
