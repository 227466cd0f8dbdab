import * as v from 'valibot';
import { browser } from 'wxt/browser';
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

/** What this module uses of a storage area. */
export interface AnalysisArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

const PREFIX = 'tabAnalysis:';
const keyOf = (tabId: number): string => `${PREFIX}${tabId}`;

async function storedKeys(area: AnalysisArea): Promise<string[]> {
  return Object.keys(await area.get(null)).filter((key) => key.startsWith(PREFIX));
}

/**
 * Tab analyses in a storage area (storage.session in the extension). What is read back is checked
 * against the summary's schema: one that does not fit is dropped and the asker told why.
 */
export function storedTabAnalyses(area: AnalysisArea): TabAnalyses {
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
      await area.remove(keyOf(tabId));
      throw new Error(`The kept analysis of this tab was unreadable and is dropped (${checked.reason}).`);
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
    // A failure here is the browser's own to report (an unhandled rejection in the worker).
    void analyses.forgetTab(tabId);
  });
  return analyses;
}
