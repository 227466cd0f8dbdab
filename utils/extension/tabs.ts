import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { CvDocumentSchema } from '../document/types';
import { url } from '../schema/fields';
import { check } from '../schema/issues';

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
export const PageExtractSchema = v.variant('kind', [
  v.object({ kind: v.literal('document'), document: CvDocumentSchema }),
  v.object({ kind: v.literal('pdf'), url }),
]);
export type PageExtract = v.InferOutput<typeof PageExtractSchema>;

/**
 * Injects the content script into the tab (activeTab grants it after the user's click). Its answer
 * ran in the page's world, so it is checked in full, rebuilt from the fields a document knows.
 */
export async function extractFromTab(tabId: number): Promise<PageExtract> {
  const [result] = await browser.scripting.executeScript({ target: { tabId }, files: ['/extract.js'] });
  if (result?.result === undefined || result.result === null) {
    throw new Error('The page did not answer the content script.');
  }
  const extract = check(PageExtractSchema, result.result, 'page');
  if (!extract.ok) throw new Error(`the page's content script answered a malformed ${extract.reason}`);
  return extract.value;
}
