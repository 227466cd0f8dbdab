import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { performance } from 'node:perf_hooks';
import { EXPORTERS } from '../../utils/export';
import type { Profile, Publication } from '../../utils/model/profile';
import { SCHOLAR_PART_VERSION, type ScholarPart } from '../../utils/model/scholar';
import { openCandidateStore, type CandidateRecord } from '../../utils/store';
import { figure, median, type BenchFigure } from './types';

const COUNT = 5000;
const KINDS = ['journal', 'conference', 'workshop', 'preprint'] as const;

/** A CV-sized synthetic profile: 20 publications, positions, education; deterministic per index. */
function profile(i: number): Profile {
  const name = `Person${i} Surname${i % 97}`;
  const publications = Array.from({ length: 20 }, (_, j): Publication => ({
    title: `On the theory of topic ${i}-${j} in large models`,
    authors: [name, `Coauthor${j} Other`],
    venue: `Venue ${j % 7}`,
    year: 2010 + (j % 15),
    kind: KINDS[j % 4]!,
    status: 'published',
    candidateAuthorIndex: 0,
    equalContribution: false,
    notes: [],
    doi: `10.1000/${i}.${j}`,
    raw: `${name}. On the theory of topic ${i}-${j}. Venue ${j % 7}, ${2010 + (j % 15)}.`,
  }));
  const entry = (title: string, organization: string, start: string, end: string) => ({
    title,
    organization,
    location: null,
    start,
    end,
    raw: `${title}, ${organization}`,
  });
  return {
    schemaVersion: 1,
    source: { kind: 'html', url: `https://example.org/${i}`, title: null, pages: null },
    documentKind: 'cv',
    person: { name, nameVariants: [], emails: [`p${i}@example.org`], links: [`https://example.org/${i}`] },
    education: [entry('PhD Computer Science', `University ${i % 50}`, '2010', String(2014 + (i % 10)))],
    positions: [
      entry('Postdoc', `Institute ${i % 30}`, '2015', '2018'),
      entry('Professor', `University ${i % 40}`, '2018', 'present'),
    ],
    publications,
    awards: [],
    talks: [],
    teaching: [],
    service: [],
    skills: [],
    flags: [],
  };
}

function scholar(i: number): ScholarPart {
  const metrics = {
    works: 20,
    citations: (i * 37) % 5000,
    hIndex: i % 40,
    i10: i % 20,
    firstYear: 2010,
    latestYear: 2024,
  };
  return {
    version: SCHOLAR_PART_VERSION,
    authors: [],
    rejected: [],
    metrics: { ...metrics, bySource: {}, basis: null },
    publications: [],
    sources: { openalex: 'ok', dblp: 'ok', semanticscholar: 'ok', orcid: 'ok', crossref: 'ok' },
    variants: [],
    requests: 0,
    fetchedAt: '2025-01-01T00:00:00.000Z',
  };
}

export function record(i: number): CandidateRecord {
  const p = profile(i);
  const time = new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString();
  return {
    id: `bench-${i}`,
    name: p.person.name ?? '',
    profile: p,
    scholar: i % 3 === 0 ? null : scholar(i),
    flags: [],
    notes: i % 5 === 0 ? `=note ${i}, "quoted"` : '',
    tags: i % 2 ? ['ml'] : ['theory', 'shortlist'],
    rating: i % 4 === 0 ? null : (i % 5) + 1 > 5 ? 5 : (((i % 5) + 1) as 1 | 2 | 3 | 4 | 5),
    status: 'new',
    urls: [{ url: `https://example.org/${i}`, firstSeen: time, lastSeen: time }],
    createdAt: time,
    updatedAt: time,
  };
}

async function time<T>(runs: number, work: () => Promise<T>): Promise<number> {
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** Listing, sorting and exporting 5,000 stored candidates on fake-indexeddb. */
export async function benchStore(): Promise<BenchFigure[]> {
  const store = await openCandidateStore(new IDBFactory());
  await store.importRecords(Array.from({ length: COUNT }, (_, i) => record(i)));
  const sorts = ['updated', 'name', 'citations', 'phdYear'] as const;
  const listMs = await time(5, async () => {
    for (const sort of sorts) await store.list({ sort });
  });
  const searchMs = await time(3, () => store.list({ search: 'topic 4999', sort: 'name' }));
  const now = new Date();
  const jsonMs = await time(3, async () => EXPORTERS.json.run(await store.all(), now));
  const csvMs = await time(3, async () => EXPORTERS.csv.run(await store.all(), now));
  store.close();
  return [
    figure('store: list and sort 5,000 candidates (per sort)', listMs / sorts.length, 'ms', 200),
    figure('store: search 5,000 candidates', searchMs, 'ms', null),
    figure('store: export 5,000 candidates as JSON', jsonMs, 'ms', 2000),
    figure('store: export 5,000 candidates as CSV', csvMs, 'ms', 2000),
  ];
}
