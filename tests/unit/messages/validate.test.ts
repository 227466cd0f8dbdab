import { describe, expect, it } from 'vitest';
import { parseEvent, parseRequest } from '../../../utils/messages/validate';

describe('parseRequest', () => {
  it('accepts each well-formed request', () => {
    expect(parseRequest({ type: 'analyse-tab', tabId: 3 })).toEqual({ type: 'analyse-tab', tabId: 3 });
    expect(parseRequest({ type: 'analyse-tab', tabId: 3, readAnyway: true })).toEqual({
      type: 'analyse-tab',
      tabId: 3,
      readAnyway: true,
    });
    expect(
      parseRequest({ type: 'list-candidates', options: { sort: 'name', search: 'hayou' } }),
    ).not.toBeNull();
    expect(
      parseRequest({ type: 'update-review', id: 'c1', patch: { rating: 4, tags: ['ml'] } }),
    ).not.toBeNull();
    expect(parseRequest({ type: 'export', format: 'csv', candidateId: null })).not.toBeNull();
    expect(parseRequest({ type: 'save-settings', settings: { enabled: { dblp: false } } })).not.toBeNull();
  });

  it('drops values that are not ours or are malformed', () => {
    expect(parseRequest(null)).toBeNull();
    expect(parseRequest('analyse-tab')).toBeNull();
    expect(parseRequest({ type: 'analyse-tab' })).toBeNull();
    expect(parseRequest({ type: 'analyse-tab', tabId: '3' })).toBeNull();
    expect(parseRequest({ type: 'analyse-tab', tabId: -1 })).toBeNull();
    expect(parseRequest({ type: 'analyse-tab', tabId: 3, readAnyway: 'yes' })).toBeNull();
    expect(parseRequest({ type: 'constructor', tabId: 1 })).toBeNull();
    expect(parseRequest({ type: 'toString' })).toBeNull();
    expect(parseRequest({ type: 'update-review', id: 'c1', patch: { rating: 9 } })).toBeNull();
    expect(parseRequest({ type: 'list-candidates', options: { sort: 'salary' } })).toBeNull();
    expect(parseRequest({ type: 'export', format: 'xlsx', candidateId: null })).toBeNull();
    expect(parseRequest({ type: 'save-settings', settings: { enabled: { evilsource: true } } })).toBeNull();
    expect(parseRequest({ type: 'store-document', url: 'x', document: { lines: 'no' } })).toBeNull();
  });
});

describe('parseEvent', () => {
  it('accepts events and rejects unknown stages', () => {
    expect(parseEvent({ type: 'analysis-progress', tabId: 1, stage: 'parsing' })).not.toBeNull();
    expect(parseEvent({ type: 'analysis-progress', tabId: 1, stage: 'hacking' })).toBeNull();
    expect(parseEvent({ type: 'candidates-changed', ids: ['a', 2] })).toBeNull();
    expect(
      parseEvent({ type: 'source-progress', tabId: 1, source: 'dblp', status: 'pending' }),
    ).not.toBeNull();
    // Every status a look-up can end in gets through, "not asked" included.
    expect(
      parseEvent({ type: 'source-progress', tabId: 1, source: 'orcid', status: 'not-asked' }),
    ).not.toBeNull();
    expect(parseEvent({ type: 'source-progress', tabId: 1, source: 'orcid', status: 'asleep' })).toBeNull();
  });
});
