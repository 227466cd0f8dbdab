import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { htmlToCvDocument } from '../../../utils/acquire/html/from-string';
import { analyseDocument } from '../../../utils/pipeline/analyse-document';
import type { ScholarPart, SourceStatus } from '../../../utils/model/scholar';
import { SCHOLAR_PART_VERSION } from '../../../utils/model/scholar';
import { readFixture } from '../../support/fixtures';
import { freshStore } from '../../support/store';

function part(sources: Record<string, SourceStatus>): ScholarPart {
  return {
    version: SCHOLAR_PART_VERSION,
    authors: [],
    rejected: [],
    metrics: {
      works: 0,
      citations: null,
      hIndex: null,
      i10: null,
      firstYear: null,
      latestYear: null,
      bySource: {},
      basis: null,
    },
    publications: [],
    sources: sources as ScholarPart['sources'],
    variants: [],
    requests: 0,
    fetchedAt: '2026-06-01T00:00:00.000Z',
  };
}

describe('the popup is told it is offline', () => {
  const document = htmlToCvDocument(readFixture('seeds/html/elesedy.html'), 'https://example.org/elesedy');
  it.each([
    ['from the cache, ORCID and Crossref never asked', 'not-asked', true],
    ['from the cache, ORCID answering', 'ok', false],
  ] as const)('%s', async (_, orcid, offline) => {
    const { store } = await freshStore();
    const lookup = async () =>
      part({ openalex: 'cached', dblp: 'offline', semanticscholar: 'cached', orcid, crossref: 'not-asked' });
    const analysis = await analyseDocument(document, 'https://example.org/elesedy', { store, lookup });
    expect(analysis.offline).toBe(offline);
  });

  it('not when nothing was in the cache: then nothing was checked, and no data is shown from a cache', async () => {
    const { store } = await freshStore();
    const lookup = async () =>
      part({
        openalex: 'offline',
        dblp: 'offline',
        semanticscholar: 'offline',
        orcid: 'not-asked',
        crossref: 'not-asked',
      });
    const analysis = await analyseDocument(document, 'https://example.org/elesedy', { store, lookup });
    expect(analysis.offline).toBe(false);
  });
});

describe('the profile as read, before the look-up', () => {
  const document = htmlToCvDocument(readFixture('seeds/html/elesedy.html'), 'https://example.org/elesedy');
  it('is handed over stored and marked pending before the look-up runs; the finished one is not', async () => {
    const { store } = await freshStore();
    const order: string[] = [];
    let read: Awaited<ReturnType<typeof analyseDocument>> | null = null;
    const analysis = await analyseDocument(document, 'https://example.org/elesedy', {
      store,
      lookup: async () => {
        order.push('lookup');
        return part({ openalex: 'ok', dblp: 'ok', semanticscholar: 'ok', orcid: 'ok', crossref: 'ok' });
      },
      onRead: (early) => {
        order.push('read');
        read = early;
      },
    });
    expect(order).toEqual(['read', 'lookup']);
    expect(read).toMatchObject({ lookupPending: true, candidateId: analysis.candidateId });
    expect(read!.profile.person.name).toBe(analysis.profile.person.name);
    expect(read!.profile.scholar).toBeUndefined();
    expect(await store.get(analysis.candidateId!)).not.toBeNull();
    expect(analysis.lookupPending).toBeUndefined();
  });
});
