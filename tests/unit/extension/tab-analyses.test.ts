import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { storedTabAnalyses } from '../../../utils/extension/tab-analyses';
import type { AnalysisSummary } from '../../../utils/messages/types';
import { seedProfile } from '../../support/profiles';

beforeEach(() => fakeBrowser.reset());

function summary(tabId: number, candidateId: string | null): AnalysisSummary {
  return {
    kind: 'analysis',
    tabId,
    url: `https://example.org/${tabId}`,
    profile: seedProfile('hayou', 'html'),
    headings: ['Education', 'Publications'],
    candidateId,
    fromCache: false,
    merged: false,
    offline: false,
  };
}

describe('tab analyses in storage.session', () => {
  it('outlive the worker: a new instance over the same area reads what the last one kept', async () => {
    await storedTabAnalyses(fakeBrowser.storage.session).set(summary(3, 'c1'));
    // What the service worker holds after a restart: nothing but the storage area.
    const restarted = storedTabAnalyses(fakeBrowser.storage.session);
    expect(await restarted.get(3)).toEqual(summary(3, 'c1'));
    expect(await restarted.get(4)).toBeNull();
  });

  it('forget a deleted candidate, a closed tab, or everything', async () => {
    const analyses = storedTabAnalyses(fakeBrowser.storage.session);
    await analyses.set(summary(1, 'c1'));
    await analyses.set(summary(2, 'c2'));
    await analyses.set(summary(3, 'c1'));
    await fakeBrowser.storage.session.set({ unrelated: 1 });
    await analyses.forgetCandidate('c1');
    expect([await analyses.get(1), await analyses.get(3)]).toEqual([null, null]);
    expect(await analyses.get(2)).not.toBeNull();
    await analyses.forgetTab(2);
    expect(await analyses.get(2)).toBeNull();
    await analyses.set(summary(5, null));
    await analyses.clear();
    expect(await analyses.get(5)).toBeNull();
    expect(await fakeBrowser.storage.session.get('unrelated')).toEqual({ unrelated: 1 });
  });

  it('drop a stored analysis that does not fit its schema, saying why', async () => {
    await fakeBrowser.storage.session.set({
      'tabAnalysis:7': { ...summary(7, 'c1'), headings: 'Education' },
    });
    const analyses = storedTabAnalyses(fakeBrowser.storage.session);
    await expect(analyses.get(7)).rejects.toThrow(/analysis\.headings: expected a list, found "Education"/);
    expect(await analyses.get(7)).toBeNull();
  });

  it('make room by dropping other tabs when the area is full', async () => {
    const analyses = storedTabAnalyses(fakeBrowser.storage.session);
    await analyses.set(summary(1, 'c1'));
    const set = fakeBrowser.storage.session.set.bind(fakeBrowser.storage.session);
    const full = vi
      .spyOn(fakeBrowser.storage.session, 'set')
      .mockImplementationOnce(() => Promise.reject(new Error('Session storage quota bytes exceeded.')))
      .mockImplementation(set);
    await analyses.set(summary(2, 'c2'));
    expect(await analyses.get(2)).toEqual(summary(2, 'c2'));
    expect(await analyses.get(1)).toBeNull();
    full.mockRestore();
  });
});
