import * as v from 'valibot';
import { browser, type Browser } from 'wxt/browser';
import { AnalysisSummarySchema, type AnalysisSummary } from '../messages/types';
import { check } from '../schema/issues';

/**
 * Each tab's latest analysis, kept where the popup, the side panel and the PDF view can ask for it
 * again. It must outlive the service worker, which the browser stops when idle: it is kept in
 * storage.session (in memory, for the browser's session, never on disk).
 */
export interface TabAnalyses {
  get(tabId: number): Promise<AnalysisSummary | null>;
  set(summary: AnalysisSummary): Promise<void>;
  /** Forgets every tab's analysis of this candidate (deleted from the store). */
  forgetCandidate(candidateId: string): Promise<void>;
  forgetTab(tabId: number): Promise<void>;
  clear(): Promise<void>;
}

type StorageArea = Browser.storage.StorageArea;

const PREFIX = 'tabAnalysis:';
const keyOf = (tabId: number): string => `${PREFIX}${tabId}`;

async function storedKeys(area: StorageArea): Promise<string[]> {
  return Object.keys(await area.get(null)).filter((key) => key.startsWith(PREFIX));
}

/**
 * Tab analyses in a storage area (storage.session in the extension). What is read back is checked
 * against the summary's schema: one that does not fit is dropped, with the reason on the console.
 */
export function storedTabAnalyses(area: StorageArea): TabAnalyses {
  const all = async (): Promise<Map<string, unknown>> => {
    const keys = await storedKeys(area);
    return new Map(Object.entries(keys.length ? await area.get(keys) : {}));
  };
  return {
    async get(tabId) {
      const value: unknown = (await area.get(keyOf(tabId)))[keyOf(tabId)];
      if (value === undefined) return null;
      const checked = check(AnalysisSummarySchema, value, 'analysis');
      if (checked.ok) return checked.value;
      console.warn(`CV Lens: the stored analysis of tab ${tabId} was dropped: ${checked.reason}`);
      await area.remove(keyOf(tabId));
      return null;
    },
    async set(summary) {
      const entry = { [keyOf(summary.tabId)]: summary };
      try {
        await area.set(entry);
      } catch (error) {
        // The area is full (storage.session holds 10 MB in Chrome): other tabs' analyses go first,
        // they are made again when asked for.
        const others = (await storedKeys(area)).filter((key) => key !== keyOf(summary.tabId));
        if (others.length === 0) throw error;
        await area.remove(others);
        await area.set(entry);
      }
    },
    async forgetCandidate(candidateId) {
      const ofCandidate = v.object({ candidateId: v.literal(candidateId) });
      const stale = [...(await all())].filter(([, value]) => v.is(ofCandidate, value));
      if (stale.length) await area.remove(stale.map(([key]) => key));
    },
    forgetTab: (tabId) => area.remove(keyOf(tabId)),
    async clear() {
      const keys = await storedKeys(area);
      if (keys.length) await area.remove(keys);
    },
  };
}

/** The extension's tab analyses: in storage.session, each forgotten when its tab closes. */
export function sessionTabAnalyses(): TabAnalyses {
  const analyses = storedTabAnalyses(browser.storage.session);
  browser.tabs.onRemoved.addListener((tabId) => {
    analyses.forgetTab(tabId).catch((error: unknown) => {
      console.warn(`CV Lens: could not forget the analysis of closed tab ${tabId}:`, error);
    });
  });
  return analyses;
}
