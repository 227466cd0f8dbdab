import { describe, expect, it } from 'vitest';
import {
  DEFAULT_QUERY,
  indexRows,
  selectRows,
  tagCounts,
  toggleSelection,
  type ListQuery,
} from '../../../components/sidepanel/logic/list-view';
import { recordOf, rowOf, scholarPart, seedRecords } from './records';
import { seedProfile } from '../../support/profiles';

const seeds = seedRecords();
const rows = [
  rowOf({ ...seeds.elesedy, tags: ['theory', 'ml'], rating: 4, status: 'shortlisted' }),
  rowOf({
    ...seeds.hayou,
    tags: ['ml'],
    rating: 5,
    scholar: scholarPart(seeds.hayou.profile, { citations: 900, hIndex: 12, verified: 10 }),
  }),
  rowOf({ ...seeds.elmhamdi, rating: null, status: 'interview' }),
];
const indexed = indexRows(rows);
const names = (query: Partial<ListQuery>, titles: ReadonlySet<string> | null = null) =>
  selectRows(indexed, { ...DEFAULT_QUERY, ...query }, titles).map((r) => r.name);

describe('selectRows', () => {
  it('searches names and variants without accents or case', () => {
    expect(names({ search: 'bryn' })).toEqual(['Hayder Elesedy']);
    expect(names({ search: 'HAYOU' })).toEqual(['Soufiane Hayou']);
    expect(names({ search: 'el mhamdi' })).toEqual(['El Mahdi El Mhamdi']);
  });

  it('searches the affiliation', () => {
    const affiliation = rows[1]!.affiliation!;
    expect(affiliation).toBeTruthy();
    expect(names({ search: affiliation.split(' ')[0]! })).toContain('Soufiane Hayou');
  });

  it('adds the ids the background matched by title', () => {
    expect(names({ search: 'stochastic' })).toEqual([]);
    expect(names({ search: 'stochastic' }, new Set(['hayou']))).toEqual(['Soufiane Hayou']);
  });

  it('filters by tag and status', () => {
    expect(names({ tag: 'ml' }).sort()).toEqual(['Hayder Elesedy', 'Soufiane Hayou']);
    expect(names({ status: 'interview' })).toEqual(['El Mahdi El Mhamdi']);
    expect(names({ tag: 'theory', status: 'new' })).toEqual([]);
  });

  it('sorts by name A–Z by default and reverses on request', () => {
    expect(names({ sort: 'name' })).toEqual(['El Mahdi El Mhamdi', 'Hayder Elesedy', 'Soufiane Hayou']);
    expect(names({ sort: 'name', direction: 'desc' })).toEqual([
      'Soufiane Hayou',
      'Hayder Elesedy',
      'El Mahdi El Mhamdi',
    ]);
  });

  it('sorts numbers highest first with missing values last either way', () => {
    expect(names({ sort: 'rating' })).toEqual(['Soufiane Hayou', 'Hayder Elesedy', 'El Mahdi El Mhamdi']);
    expect(names({ sort: 'rating', direction: 'asc' })).toEqual([
      'Hayder Elesedy',
      'Soufiane Hayou',
      'El Mahdi El Mhamdi',
    ]);
    expect(names({ sort: 'citations' })[0]).toBe('Soufiane Hayou');
    expect(names({ sort: 'publications' })).toEqual([
      'Soufiane Hayou',
      'Hayder Elesedy',
      'El Mahdi El Mhamdi',
    ]);
  });

  it('sorts by PhD year from the education entries', () => {
    // Elesedy's DPhil ended 2023, Hayou's PhD 2021, El Mhamdi's 2019.
    expect(names({ sort: 'phdYear' })).toEqual(['Hayder Elesedy', 'Soufiane Hayou', 'El Mahdi El Mhamdi']);
  });

  it('sorts by last update, most recent first, by default', () => {
    expect(names({})).toEqual(['El Mahdi El Mhamdi', 'Soufiane Hayou', 'Hayder Elesedy']);
  });

  it('keeps a stable order among equal values', () => {
    const twins = indexRows([
      rowOf(recordOf('b', seedProfile('hayou', 'html'))),
      rowOf(recordOf('a', seedProfile('hayou', 'pdf'))),
    ]);
    expect(selectRows(twins, { ...DEFAULT_QUERY, sort: 'rating' }).map((r) => r.id)).toEqual(['a', 'b']);
  });
});

describe('tagCounts and toggleSelection', () => {
  it('counts tags, most used first', () => {
    expect(tagCounts(rows)).toEqual([
      { tag: 'ml', count: 2 },
      { tag: 'theory', count: 1 },
    ]);
  });

  it('selects at most four and toggles off', () => {
    let selected: string[] = [];
    for (const id of ['a', 'b', 'c', 'd', 'e']) selected = toggleSelection(selected, id);
    expect(selected).toEqual(['a', 'b', 'c', 'd']);
    expect(toggleSelection(selected, 'b')).toEqual(['a', 'c', 'd']);
  });
});
