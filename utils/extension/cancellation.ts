import { browser } from 'wxt/browser';

/**
 * One abort controller per tab: a look-up is cancelled when the reviewer starts another on the
 * same tab, navigates it elsewhere or closes it, so no request is spent on a CV nobody reads.
 */
export class TabCancellation {
  private readonly controllers = new Map<number, AbortController>();

  constructor() {
    browser.tabs.onRemoved.addListener((tabId) => this.cancel(tabId));
    browser.tabs.onUpdated.addListener((tabId, change) => {
      if (change.url) this.cancel(tabId);
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
