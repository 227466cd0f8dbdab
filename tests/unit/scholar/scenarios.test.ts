import { describe, expect, it } from 'vitest';
import { lookupScholar } from '../../../utils/scholar/lookup';
import { fakeFetch, parsedSeed, testDeps } from './helpers';

const byIndex = (part: Awaited<ReturnType<typeof lookupScholar>>, i: number) =>
  part.publications.find((p) => p.index === i);

describe('Hayou: 24 publications, a homonym in chemistry', () => {
  it('keeps the homonym apart and gives every publication its verdict', async () => {
    const fake = fakeFetch();
    const part = await lookupScholar(parsedSeed('hayou'), testDeps(fake));
    expect(part.authors.map((a) => `${a.source}:${a.id}`)).toEqual([
      'openalex:A5000000001',
      'semanticscholar:2000000001',
      'dblp:241/6969',
      'orcid:0000-0002-1111-2222',
    ]);
    expect(part.rejected.map((r) => r.id).sort()).toEqual(['2000000002', 'A5000000002']);
    expect(part.rejected[0]).toMatchObject({
      kind: 'another-person',
      reason: expect.stringMatching(/another person/),
    });
    expect(part.authors[0]?.confidence).toBeGreaterThanOrEqual(0.9);
    expect(part.publications).toHaveLength(24);
    // WD(I): the CV says ICML 2023, every record is its arXiv copy: a preprint, not a discrepancy.
    expect(byIndex(part, 6)).toMatchObject({ verdict: 'preprint-found', year: 2023 });
    // The NTK paper: submitted in 2020 by the CV, on arXiv in 2019: a year off to a preprint is no discrepancy.
    expect(byIndex(part, 16)).toMatchObject({ verdict: 'verified', year: 2019 });
    // The Bloomberg note is in no source.
    expect(byIndex(part, 22)).toMatchObject({ verdict: 'not-found', source: null });
    // The other one only Crossref has (as SSRN), found within the budget.
    expect(byIndex(part, 23)).toMatchObject({
      verdict: 'preprint-found',
      source: 'crossref',
      doi: '10.2139/ssrn.3083000',
    });
    // COLM: OpenAlex says arXiv, Semantic Scholar the conference: verified by the source that agrees.
    expect(byIndex(part, 3)).toMatchObject({ verdict: 'verified', source: 'semanticscholar' });
    expect(byIndex(part, 1)).toMatchObject({
      verdict: 'verified',
      venue: 'International Conference on Machine Learning',
      citations: 330,
    });
    expect(part.publications.filter((p) => p.verdict === 'verified')).toHaveLength(19);
    expect(part.sources).toEqual({
      openalex: 'ok',
      dblp: 'ok',
      semanticscholar: 'ok',
      orcid: 'ok',
      crossref: 'ok',
    });
    expect(part.metrics.bySource.openalex).toMatchObject({ works: 23, hIndex: 13, i10: 15 });
    expect(part.metrics.bySource.dblp).toMatchObject({ works: 5, citations: null });
    expect(part.metrics).toMatchObject({ firstYear: 2017, latestYear: 2024 });
    // Merged is never below a single source (it was 12 beside OpenAlex's 13), and says what it covers.
    expect(part.metrics.hIndex).toBeGreaterThanOrEqual(13);
    expect(part.metrics.basis).toMatchObject({ records: 4 });
  });

  it('cold: at most 12 requests; warm: none, and the same answer', async () => {
    const fake = fakeFetch();
    const deps = testDeps(fake);
    const cold = await lookupScholar(parsedSeed('hayou'), deps);
    expect(fake.calls.length).toBeLessThanOrEqual(12);
    expect(cold.requests).toBe(fake.calls.length);
    const before = fake.calls.length;
    const warm = await lookupScholar(parsedSeed('hayou'), deps);
    expect(fake.calls.length).toBe(before);
    expect(warm.requests).toBe(0);
    expect(warm.publications).toEqual(cold.publications);
    expect(Object.values(warm.sources).every((s) => s === 'cached' || s === 'not-asked')).toBe(true);
    expect(warm.sources.openalex).toBe('cached');
  });

  it('asks again once the cache has expired', async () => {
    const fake = fakeFetch();
    const deps = testDeps(fake, { settings: { cacheTtlMs: 1000 } });
    await lookupScholar(parsedSeed('hayou'), deps);
    const before = fake.calls.length;
    deps.clock.advance(5000);
    await lookupScholar(parsedSeed('hayou'), deps);
    expect(fake.calls.length).toBe(before * 2);
  });
});

describe('Elesedy: one person, two names, two OpenAlex records', () => {
  it('merges the Bryn and Hayder records and confirms the variant from the sources', async () => {
    const fake = fakeFetch();
    const part = await lookupScholar(parsedSeed('elesedy'), testDeps(fake));
    const openalex = part.authors.filter((a) => a.source === 'openalex').map((a) => a.name);
    expect(openalex.sort()).toEqual(['Bryn Elesedy', 'Hayder Elesedy']);
    expect(part.rejected).toEqual([]);
    const bryn = part.variants.find((v) => v.name === 'Bryn Elesedy');
    expect(bryn?.sources).toEqual(expect.arrayContaining(['openalex', 'semanticscholar']));
    expect(part.variants.find((v) => v.name === 'Hayder Elesedy')?.sources).toContain('dblp');
    // Both searches were made, and each record's works came in its own call.
    const oa = fake.calls.filter((c) => c.url.includes('/openalex/'));
    expect(oa.filter((c) => c.url.includes('/authors?search='))).toHaveLength(2);
    expect(oa.filter((c) => c.url.includes('/works?')).map((c) => decodeURIComponent(c.url))).toEqual([
      expect.stringContaining('author.id:A5100000001&'),
      expect.stringContaining('author.id:A5100000002&'),
    ]);
    // Merged metrics count works of both records once each.
    expect(part.metrics.bySource.openalex?.works).toBe(8);
    expect(part.metrics.works).toBe(8);
    expect(byIndex(part, 6)?.verdict).toBe('not-found'); // the Royal Society meeting abstract
    expect(byIndex(part, 8)?.verdict).toBe('preprint-found'); // workshop paper, arXiv-only record
    expect(byIndex(part, 1)?.verdict).toBe('verified'); // the thesis
    expect(fake.calls.length).toBeLessThanOrEqual(12);
  });
});

describe('El Mhamdi: found as "El-Mahdi El-Mhamdi"', () => {
  it('recognises the hyphenated record by name and affiliation though the CV lists no papers', async () => {
    const part = await lookupScholar(parsedSeed('elmhamdi'), testDeps(fakeFetch()));
    const oa = part.authors.find((a) => a.source === 'openalex');
    expect(oa).toMatchObject({ name: 'El-Mahdi El-Mhamdi', hIndex: 16 });
    expect(oa?.reason).toMatch(/affiliation EPFL/);
    expect(oa?.confidence).toBeLessThan(0.9); // a name and a school are weaker than titles
    expect(part.variants[0]).toMatchObject({ name: 'El Mahdi El Mhamdi' });
    expect(part.publications).toEqual([]);
    // No publication list: the metrics come from the accepted records (h 16, not 2).
    expect(part.metrics).toMatchObject({ hIndex: 16, works: 40 });
  });
});
