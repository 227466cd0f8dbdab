import { browser } from 'wxt/browser';
import type { CvDocument } from '../document/types';

export interface TabInfo {
  id: number;
  url: string | null;
  title: string | null;
}

export async function getActiveTab(): Promise<TabInfo | null> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (!tab || tab.id === undefined) return null;
  return { id: tab.id, url: tab.url ?? null, title: tab.title ?? null };
}

export async function getTab(tabId: number): Promise<TabInfo> {
  const tab = await browser.tabs.get(tabId);
  return { id: tabId, url: tab.url ?? null, title: tab.title ?? null };
}

/** What the on-demand content script answers: the page's document, or that it is a PDF. */
export type PageExtract = { kind: 'document'; document: CvDocument } | { kind: 'pdf'; url: string };

/** Injects the content script into the tab (activeTab grants it after the user's click). */
export async function extractFromTab(tabId: number): Promise<PageExtract> {
  const [result] = await browser.scripting.executeScript({ target: { tabId }, files: ['/extract.js'] });
  const value = result?.result as PageExtract | undefined;
  if (!value || (value.kind !== 'document' && value.kind !== 'pdf')) {
    throw new Error('The page did not answer the content script.');
  }
  return value;
}
