import { browser } from 'wxt/browser';
import type { TabInfo } from './tabs';

/** True for the extension's own pages (popup, options, the panel opened as a tab). */
export function isOwnPage(url: string | null): boolean {
  return url !== null && url.startsWith(browser.runtime.getURL('/'));
}

/**
 * Calls `listener` when the reviewer switches tab, or when the active tab navigates or
 * finishes loading. The side panel follows the active tab with it; returns the unsubscribe.
 */
export function watchActiveTab(listener: (tab: TabInfo) => void): () => void {
  const onActivated = ({ tabId }: { tabId: number }) => {
    browser.tabs
      .get(tabId)
      .then((tab) => listener({ id: tabId, url: tab.url ?? null, title: tab.title ?? null }))
      .catch(() => undefined);
  };
  const onUpdated = (
    tabId: number,
    change: { url?: string; status?: string; title?: string },
    tab: { active?: boolean; url?: string; title?: string },
  ) => {
    if (!tab.active) return;
    if (change.url === undefined && change.status !== 'complete' && change.title === undefined) return;
    listener({ id: tabId, url: tab.url ?? null, title: tab.title ?? null });
  };
  browser.tabs.onActivated.addListener(onActivated);
  browser.tabs.onUpdated.addListener(onUpdated);
  return () => {
    browser.tabs.onActivated.removeListener(onActivated);
    browser.tabs.onUpdated.removeListener(onUpdated);
  };
}
