import { describe, expect, it } from 'vitest';
import { currentPosition, failingSources, mailtoHref } from '../../../components/popup/format';
import { safeHref } from '../../../utils/document/safe-href';
import { INITIAL_STATE, reducePopup, type PopupState } from '../../../components/popup/popup-state';
import type { AnalysisSummary } from '../../../utils/messages/types';
import { seedProfile } from '../../support/profiles';

const summary: AnalysisSummary = {
  kind: 'analysis',
  tabId: 7,
  url: 'https://example.org/hayou/cv.html',
  profile: seedProfile('hayou', 'html'),
  headings: ['Education'],
  candidateId: 'c1',
  fromCache: false,
  merged: false,
  offline: false,
};

describe('reducePopup', () => {
  it('follows progress and per-source events of its own tab only', () => {
    let state: PopupState = reducePopup(INITIAL_STATE, { type: 'tab', tabId: 7 });
    state = reducePopup(state, {
      type: 'event',
      event: { type: 'analysis-progress', tabId: 8, stage: 'parsing' },
    });
    expect(state).toMatchObject({ view: 'working', stage: 'injecting' });
    state = reducePopup(state, {
      type: 'event',
      event: { type: 'analysis-progress', tabId: 7, stage: 'parsing' },
    });
    expect(state).toMatchObject({ stage: 'parsing' });
    state = reducePopup(state, {
      type: 'event',
      event: { type: 'source-progress', tabId: 7, source: 'dblp', status: 'rate-limited' },
    });
    expect(state).toMatchObject({ stage: 'looking-up', sources: { dblp: 'rate-limited' } });
    state = reducePopup(state, { type: 'reply', reply: { ok: true, value: summary } });
    expect(state).toMatchObject({ view: 'ready', sources: { dblp: 'rate-limited' } });
  });

  it('keeps each answered source’s count through the closing report, and drops it when the source starts again', () => {
    const event = (status: 'ok' | 'pending', found?: number) =>
      reducePopup(state, {
        type: 'event',
        event: {
          type: 'source-progress',
          tabId: 7,
          source: 'openalex',
          status,
          ...(found === undefined ? {} : { found }),
        },
      });
    let state: PopupState = reducePopup(INITIAL_STATE, { type: 'tab', tabId: 7 });
    state = reducePopup(state, { type: 'read', summary });
    state = event('ok', 18);
    expect(state).toMatchObject({ lookingUp: true, found: { openalex: 18 } });
    state = event('ok');
    expect(state).toMatchObject({ found: { openalex: 18 } });
    state = event('pending');
    expect(state).toMatchObject({ sources: { openalex: 'pending' }, found: {} });
    expect(state.view === 'ready' && 'openalex' in state.found).toBe(false);
  });

  it('turns a failed reply into its failure view', () => {
    const state = reducePopup(INITIAL_STATE, {
      type: 'reply',
      reply: { ok: false, error: 'nope', failure: 'pdf-file-access' },
    });
    expect(state).toEqual({ view: 'failed', failure: 'pdf-file-access', message: 'nope' });
    expect(reducePopup(INITIAL_STATE, { type: 'reply', reply: { ok: false, error: 'x' } })).toMatchObject({
      failure: 'internal',
    });
  });
});

describe('format helpers', () => {
  it('links only web addresses and plausible emails', () => {
    expect(safeHref('https://hayder.ai')).toBe('https://hayder.ai/');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('not a url')).toBeNull();
    expect(mailtoHref('hayou@berkeley.edu')).toBe('mailto:hayou@berkeley.edu');
    expect(mailtoHref('x" onclick="y')).toBeNull();
  });

  it('names the current position from a position running to the present', () => {
    expect(currentPosition(summary.profile)).toMatch(/National University of Singapore|Simons Institute/);
    expect(
      currentPosition({ ...summary.profile, person: { ...summary.profile.person, affiliation: 'NUS' } }),
    ).toBe('NUS');
  });

  it('lists failing sources from final statuses, else from progress events', () => {
    expect(failingSources(undefined, { openalex: 'error', dblp: 'ok' })).toEqual([
      { source: 'openalex', status: 'error' },
    ]);
    expect(
      failingSources(
        { openalex: 'ok', dblp: 'rate-limited', semanticscholar: 'ok', orcid: 'ok', crossref: 'ok' },
        { openalex: 'error' },
      ),
    ).toEqual([{ source: 'dblp', status: 'rate-limited' }]);
    expect(failingSources(undefined, { dblp: 'too-large', orcid: 'offline' })).toEqual([
      { source: 'dblp', status: 'too-large' },
    ]);
  });
});
