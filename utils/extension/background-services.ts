import { lookupScholar } from '../scholar/lookup';
import type { RequestLog } from '../scholar/request-log';
import { SOURCE_IDS, type SettingsPatch } from '../model/scholar';
import { storeOpener } from '../store';
import { readTab } from './analyse-tab';
import type { BackgroundEvent } from '../messages/types';
import { showBadges } from './badges-injection';
import { TabCancellation } from './cancellation';
import type { HandlerDeps } from './request-handler';
import { loadRequestLog, saveRequestLog } from './request-log-storage';
import { loadSettings, saveSettings } from './settings-storage';
import { sessionTabAnalyses } from './tab-analyses';

/** Opens a resource once, on first use, and shares it afterwards. */
function once<T>(open: () => Promise<T>): () => Promise<T> {
  let opened: Promise<T> | null = null;
  return () => (opened ??= open());
}

/**
 * Wires the background's stages to the browser: IndexedDB for the store, fetch for the
 * scholar clients, storage.local for settings and the request log.
 */
export function createBackgroundServices(
  defaults: SettingsPatch,
  broadcast: (event: BackgroundEvent) => void,
): HandlerDeps {
  const store = storeOpener(indexedDB);
  const log = once<RequestLog>(loadRequestLog);
  const cancellation = new TabCancellation();
  const settings = {
    load: () => loadSettings(defaults),
    save: (patch: SettingsPatch) => saveSettings(defaults, patch),
  };

  return {
    store,
    readTab,
    settings,
    log,
    broadcast,
    analyses: sessionTabAnalyses(),
    setBadges: showBadges,
    lookup: async (profile, tabId) => {
      const [current, requestLog, candidates] = await Promise.all([settings.load(), log(), store()]);
      if (tabId !== null) {
        for (const source of SOURCE_IDS)
          broadcast({ type: 'source-progress', tabId, source, status: 'pending' });
      }
      const scholar = await lookupScholar(profile, {
        fetch: (input, init) => fetch(input, init),
        cache: candidates.scholarCache(),
        settings: current,
        signal: tabId === null ? undefined : cancellation.signalFor(tabId),
        onLog: (entry) => requestLog.add(entry),
        // Each source's status and own count as it finishes, so the popup fills in per source, not all at the end.
        onSourceDone:
          tabId === null
            ? undefined
            : (source, status, found) =>
                broadcast({
                  type: 'source-progress',
                  tabId,
                  source,
                  status,
                  ...(found === null ? {} : { found }),
                }),
      });
      await saveRequestLog(requestLog);
      if (tabId !== null) {
        for (const source of SOURCE_IDS) {
          broadcast({ type: 'source-progress', tabId, source, status: scholar.sources[source] });
        }
      }
      return scholar;
    },
  };
}
