import type { CandidateRow, CandidateSummary } from './candidate-summary';
import { normaliseText } from './normalise';
import type { ListOptions, SortKey } from './types';

type SortValue = string | number | null;

/** Names compare as a person reads them: numbers by value ("Candidate990" before "Candidate999" before "Candidate1000"). */
const NATURAL = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

function compareValues(a: string | number, b: string | number): number {
  if (typeof a === 'string' && typeof b === 'string') return NATURAL.compare(a, b);
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortValue(row: CandidateSummary, key: SortKey): SortValue {
  switch (key) {
    case 'updated':
      return row.updatedAt;
    case 'name':
      return normaliseText(row.name) || null;
    default:
      return row[key];
  }
}

/** A–Z for names, highest first for everything else. */
export function naturalDirection(sort: SortKey): 'asc' | 'desc' {
  return sort === 'name' ? 'asc' : 'desc';
}

/**
 * Sorts rows by one key. Values are computed once per row, not per comparison; missing values
 * (no PhD year, never looked up) sort last in either direction; ties keep the most recently
 * updated first, then id, so the order is stable between calls. The side panel sorts the same way.
 */
export function sortRows<T extends CandidateSummary>(
  rows: readonly T[],
  key: SortKey,
  direction: 'asc' | 'desc' = naturalDirection(key),
): T[] {
  const sign = direction === 'asc' ? 1 : -1;
  const decorated = rows.map((row) => ({ row, value: sortValue(row, key) }));
  decorated.sort((a, b) => {
    if (a.value !== b.value) {
      if (a.value === null) return 1;
      if (b.value === null) return -1;
      const order = compareValues(a.value, b.value);
      if (order !== 0) return order * sign;
    }
    if (a.row.updatedAt !== b.row.updatedAt) return a.row.updatedAt < b.row.updatedAt ? 1 : -1;
    return a.row.id < b.row.id ? -1 : a.row.id > b.row.id ? 1 : 0;
  });
  return decorated.map((d) => d.row);
}

/** Filters by tag, status and search words, then sorts (see sortRows). */
export function selectRows(rows: readonly CandidateRow[], options: ListOptions = {}): CandidateRow[] {
  const words = normaliseText(options.search ?? '')
    .split(' ')
    .filter(Boolean);
  const kept = rows.filter(
    (row) =>
      (!options.tag || row.tags.includes(options.tag)) &&
      (!options.status || row.status === options.status) &&
      words.every((word) => row.searchText.includes(word)),
  );
  return sortRows(kept, options.sort ?? 'updated', options.direction);
}
