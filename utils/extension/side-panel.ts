import { browser } from 'wxt/browser';

/** The two side-panel APIs, declared here because each browser's types know only its own. */
interface ChromeSidePanel {
  open(options: { tabId: number }): Promise<void>;
}
interface FirefoxSidebarAction {
  open(): Promise<void>;
}

/**
 * Opens CV Lens's side panel: Chrome's sidePanel for the tab, Firefox's sidebar otherwise.
 * Feature-detected rather than sniffed, so a browser that grows either API just works. Must run
 * in the click's user gesture: both browsers refuse to open a panel later.
 */
export async function openSidePanel(tabId: number): Promise<boolean> {
  const api = browser as unknown as { sidePanel?: ChromeSidePanel; sidebarAction?: FirefoxSidebarAction };
  if (api.sidePanel?.open) {
    await api.sidePanel.open({ tabId });
    return true;
  }
  if (api.sidebarAction?.open) {
    await api.sidebarAction.open();
    return true;
  }
  return false;
}
