import { browser } from 'wxt/browser';

/** The address without its fragment: a new #hash is the same document. */
const withoutFragment = (url: string): string => url.split('#', 1)[0] ?? url;

/**
 * One abort controller per tab: a look-up is cancelled when the reviewer starts another on the
 * same tab, navigates it elsewhere or closes it, so no request is spent on a CV nobody reads.
 */
export class TabCancellation {
  private readonly controllers = new Map<number, AbortController>();
  /** Each tab's address as last reported, to tell a navigation from a report of the same page. */
  private readonly urls = new Map<number, string>();

  constructor() {
    browser.tabs.onRemoved.addListener((tabId) => {
      this.cancel(tabId);
      this.urls.delete(tabId);
    });
    browser.tabs.onUpdated.addListener((tabId, change) => {
      if (!change.url) return;
      const before = this.urls.get(tabId);
      this.urls.set(tabId, change.url);
      // Firefox reports the address again, unchanged or with a new fragment, when its PDF viewer
      // records its place in the history: that is the same document, still worth looking up.
      if (before !== undefined && withoutFragment(before) === withoutFragment(change.url)) return;
      this.cancel(tabId);
    });
  }

  /** A fresh signal for the tab, cancelling the one before it. */
  signalFor(tabId: number): AbortSignal {
    this.cancel(tabId);
    const controller = new AbortController();
    this.controllers.set(tabId, controller);
    return controller.signal;
  }

  cancel(tabId: number): void {
    this.controllers.get(tabId)?.abort();
    this.controllers.delete(tabId);
  }
}
