import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { SCHOLAR_PART_VERSION, type ScholarPart } from '../../../utils/model/scholar';
import { allSeedDocuments } from '../../support/profiles';
import { freshStore } from '../../support/store';

function scholar(citations: number, hIndex: number): ScholarPart {
  const metrics = { works: 1, citations, hIndex, i10: 0, firstYear: null, latestYear: null };
  return {
    version: SCHOLAR_PART_VERSION,
    authors: [],
    rejected: [],
    metrics: { ...metrics, bySource: {}, basis: null },
    publications: [
      {
        index: 0,
        verdict: 'verified',
        source: 'openalex',
        id: 'W1',
        doi: null,
        title: null,
        venue: null,
        year: null,
        citations: 1,
        url: null,
        foundIn: ['openalex'],
        recordAuthors: [],
      },
      {
        index: 1,
        verdict: 'not-found',
        source: null,
        id: null,
        doi: null,
        title: null,
        venue: null,
        year: null,
        citations: null,
        url: null,
        foundIn: [],
        recordAuthors: [],
      },
    ],
    sources: { openalex: 'ok', dblp: 'ok', semanticscholar: 'ok', orcid: 'ok', crossref: 'ok' },
    variants: [],
    requests: 0,
    fetchedAt: '2025-01-01T00:00:00.000Z',
  };
}

async function seeded() {
  const { store } = await freshStore();
  for (const doc of allSeedDocuments()) await store.upsertProfile(doc.profile, doc.url);
  const ids = Object.fromEntries((await store.list()).map((r) => [r.name.split(' ').at(-1), r.id]));
  await store.setScholar(ids.Hayou!, scholar(2000, 15));
  await store.setScholar(ids.Elesedy!, scholar(300, 6));
  await store.updateReview(ids.Elesedy!, { rating: 5, tags: ['symmetry', 'ml'], status: 'shortlisted' });
  await store.updateReview(ids.Mhamdi!, { rating: 2, tags: ['ml'] });
  return store;
}

const names = (rows: { name: string }[]) => rows.map((r) => r.name.split(' ').at(-1));

describe('listing candidates', () => {
  it('sorts by every key, missing values last', async () => {
    const store = await seeded();
    expect(names(await store.list({ sort: 'name' }))).toEqual(['Mhamdi', 'Elesedy', 'Hayou']);
    expect(names(await store.list({ sort: 'updated' }))).toEqual(['Mhamdi', 'Elesedy', 'Hayou']);
    expect(names(await store.list({ sort: 'publications' }))).toEqual(['Hayou', 'Elesedy', 'Mhamdi']);
    expect(names(await store.list({ sort: 'citations' }))).toEqual(['Hayou', 'Elesedy', 'Mhamdi']);
    expect(names(await store.list({ sort: 'citations', direction: 'asc' }))).toEqual([
      'Elesedy',
      'Hayou',
      'Mhamdi',
    ]);
    expect(names(await store.list({ sort: 'hIndex' }))).toEqual(['Hayou', 'Elesedy', 'Mhamdi']);
    expect(names(await store.list({ sort: 'rating' }))).toEqual(['Elesedy', 'Mhamdi', 'Hayou']);
    const row = (await store.list({ sort: 'citations' }))[0]!;
    expect(row).toMatchObject({ citations: 2000, hIndex: 15, verified: 1, notFound: 1 });
  });

  it('filters by tag and status and searches names, variants, affiliations and titles', async () => {
    const store = await seeded();
    expect(names(await store.list({ tag: 'ml', sort: 'name' }))).toEqual(['Mhamdi', 'Elesedy']);
    expect(names(await store.list({ status: 'shortlisted' }))).toEqual(['Elesedy']);
    expect(names(await store.list({ search: 'bryn' }))).toEqual(['Elesedy']);
    expect(names(await store.list({ search: 'deepmind' }))).toEqual(['Elesedy']);
    expect(names(await store.list({ search: 'LoRA guard' }))).toEqual(['Elesedy']);
    expect(names(await store.list({ search: 'nobody here' }))).toEqual([]);
  });

  it('derives the PhD year from the doctorate', async () => {
    const store = await seeded();
    const rows = await store.list({ sort: 'phdYear' });
    const elesedy = rows.find((r) => r.name === 'Hayder Elesedy')!;
    expect(elesedy.phdYear).toBe(2023);
    expect(rows.at(-1)!.phdYear === null || rows.every((r) => r.phdYear !== null)).toBe(true);
  });
});
