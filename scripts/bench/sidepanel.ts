import { parseHTML } from 'linkedom';
import { h, render } from 'preact';
import { performance } from 'node:perf_hooks';
import {
  indexRows,
  selectRows,
  DEFAULT_QUERY,
  type ListQuery,
} from '../../components/sidepanel/logic/list-view';
import { windowRange } from '../../components/sidepanel/logic/windowing';
import { VirtualList } from '../../components/sidepanel/VirtualList';
import type { CandidateSummary } from '../../utils/messages/types';
import { CANDIDATE_STATUSES } from '../../utils/store/types';
import { PUBLICATION_KINDS } from '../../utils/model/profile';
import type { PublicationKind } from '../../utils/model/profile';
import { figure, median, type BenchFigure } from './types';

const COUNT = 5000;
const RUNS = 15;
const FIRST = [
  'Soufiane',
  'Hayder',
  'El Mahdi',
  'Lê',
  'Maria',
  'Wei',
  'Aisha',
  'Jonas',
  'Priya',
  'Tomás',
  'Chen',
  'Olga',
];
const LAST = [
  'Hayou',
  'Elesedy',
  'El Mhamdi',
  'Nguyễn',
  'Gonzalez',
  'Chen',
  'Okafor',
  'Schmidt',
  'Raman',
  'Silva',
  'Kowalski',
];
const ORGS = [
  'University of Oxford',
  'UC Berkeley',
  'EPFL',
  'ETH Zürich',
  'MIT',
  'Inria',
  'University of Tokyo',
  'McGill',
];
const TAGS = ['theory', 'ml', 'systems', 'teaching', 'strong', 'follow-up', 'diversity', 'industry'];

/** A small deterministic generator, so every run benches the same 5,000 rows. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function generateRows(count: number): CandidateSummary[] {
  const next = random(42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const publications = Math.floor(next() * 60);
    const byKind = Object.fromEntries(PUBLICATION_KINDS.map((k) => [k, 0])) as Record<
      PublicationKind,
      number
    >;
    byKind.conference = publications;
    const lookedUp = next() > 0.2;
    return {
      id: `c${String(i).padStart(5, '0')}`,
      name: `${pick(FIRST)} ${pick(LAST)} ${i}`,
      variants: next() > 0.8 ? [`${pick(FIRST)[0]}. ${pick(LAST)}`] : [],
      affiliation: pick(ORGS),
      phdYear: next() > 0.1 ? 2000 + Math.floor(next() * 25) : null,
      publications,
      publicationsByKind: byKind,
      citations: lookedUp ? Math.floor(next() * 20_000) : null,
      hIndex: lookedUp ? Math.floor(next() * 60) : null,
      verified: lookedUp ? Math.floor(publications * next()) : null,
      notFound: lookedUp ? 0 : null,
      tags: TAGS.filter(() => next() > 0.8),
      rating: next() > 0.5 ? 1 + Math.floor(next() * 5) : null,
      status: pick(CANDIDATE_STATUSES),
      updatedAt: new Date(Date.UTC(2025, 0, 1) + Math.floor(next() * 3e10)).toISOString(),
      flagCount: Math.floor(next() * 4),
    } as CandidateSummary;
  });
}

function time(run: () => void): number {
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

/**
 * The side panel's list with 5,000 candidates: what one keystroke in the search box costs
 * (filter, sort, window) and what rendering the visible window costs, in a linkedom DOM.
 */
export async function benchSidePanel(): Promise<BenchFigure[]> {
  const rows = generateRows(COUNT);
  const indexed = indexRows(rows);
  const queries: ListQuery[] = [
    { ...DEFAULT_QUERY, search: 'hay' },
    { ...DEFAULT_QUERY, search: 'oxford', sort: 'citations' },
    { ...DEFAULT_QUERY, sort: 'name', tag: 'ml' },
    { ...DEFAULT_QUERY, sort: 'hIndex', status: 'shortlisted' },
    { ...DEFAULT_QUERY, search: 'nguyen', sort: 'phdYear', direction: 'asc' },
  ];
  const window = (count: number) =>
    windowRange({ scrollTop: 0, viewportHeight: 700, rowHeight: 58, count, overscan: 6 });

  const index = time(() => indexRows(rows));
  const filter = time(() => queries.forEach((q) => window(selectRows(indexed, q).length)));

  const { document } = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>');
  const globals = globalThis as unknown as Record<string, unknown>;
  const saved = { document: globals.document };
  globals.document = document;
  const root = document.getElementById('app') as unknown as HTMLElement;
  const list = (items: CandidateSummary[]) =>
    h(VirtualList<CandidateSummary>, {
      items,
      rowHeight: 58,
      label: 'Candidates',
      getKey: (row) => row.id,
      renderRow: (row, _i, tabIndex) =>
        h(
          'button',
          { type: 'button', tabIndex, 'data-row-focus': true },
          `${row.name} · ${row.affiliation ?? ''}`,
        ),
    });
  let rendered = 0;
  const keystroke = time(() => {
    for (const q of queries) {
      render(list(selectRows(indexed, q)), root);
      rendered = root.querySelectorAll('li').length;
    }
  });
  render(null, root);
  globals.document = saved.document;

  return [
    figure(`sidepanel: index ${COUNT} rows for search (once per fetch)`, index, 'ms', 200),
    figure(`sidepanel: filter+sort+window ${COUNT} rows (per query)`, filter / queries.length, 'ms', 200),
    figure(
      `sidepanel: filter+sort+window+render ${COUNT} rows (per query)`,
      keystroke / queries.length,
      'ms',
      200,
    ),
    figure('sidepanel: list rows in the DOM after render', rendered, 'rows', null),
  ];
}
