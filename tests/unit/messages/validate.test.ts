import { describe, expect, it } from 'vitest';
import { checkRequest, parseEvent, parseRequest } from '../../../utils/messages/validate';

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
    expect(parseRequest({ type: 'save-settings', settings: { enabled: { dblp: 'yes' } } })).toBeNull();
    expect(parseRequest({ type: 'store-document', url: 'x', document: { lines: 'no' } })).toBeNull();
  });
});

describe('checkRequest', () => {
  it('rebuilds a request from the fields it knows, at every level', () => {
    const request = {
      type: 'save-settings',
      settings: { enabled: { dblp: false, evilsource: true }, timeoutMs: 5000, proxy: 'http://x' },
      extra: 1,
    };
    expect(parseRequest(request)).toEqual({
      type: 'save-settings',
      settings: { enabled: { dblp: false }, timeoutMs: 5000 },
    });
    const options = JSON.parse('{"sort":"name","__proto__":{"polluted":true}}') as unknown;
    const listed = parseRequest({ type: 'list-candidates', options });
    expect(listed).toEqual({ type: 'list-candidates', options: { sort: 'name' } });
    expect(Object.hasOwn((listed as { options: object }).options, '__proto__')).toBe(false);
  });

  it('says where a malformed request is wrong', () => {
    expect(checkRequest({ type: 'update-review', id: 'c1', patch: { tags: ['ml', 3] } })).toEqual({
      ok: false,
      reason: 'request.patch.tags[1]: expected a string, found 3',
    });
    expect(checkRequest({ type: 'get-candidate', id: 'x'.repeat(2000) })).toEqual({
      ok: false,
      reason: 'request.id: longer than the limit of 1000 characters (2000)',
    });
    const line = {
      cells: [],
      text: 'x',
      kind: 'line',
      headingLevel: null,
      fontSize: null,
      page: 1,
      y: null,
      depth: 0,
    };
    const document = {
      source: { kind: 'pdf', url: null, title: null, pages: 1 },
      lines: [line],
      links: [],
      meta: { title: null, author: null, ogTitle: null, description: null, persons: [] },
    };
    expect(checkRequest({ type: 'store-document', url: 'file:///cv.pdf', document })).toEqual({
      ok: false,
      reason: 'request.document.lines[0].block: expected an integer, found nothing',
    });
    expect(
      checkRequest({
        type: 'store-document',
        url: 'file:///cv.pdf',
        document: { ...document, lines: [{ ...line, block: 0 }] },
      }),
    ).toMatchObject({ ok: true });
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
