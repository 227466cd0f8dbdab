import { browser } from 'wxt/browser';

/** A path to one of CV Lens's own pages, as WXT types them from entrypoints/. */
export type ExtensionPath = Parameters<typeof browser.runtime.getURL>[0];

/** Opens one of CV Lens's own pages in a new tab, next to the reviewer's current one. */
export async function openExtensionTab(path: ExtensionPath): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(path) });
}
