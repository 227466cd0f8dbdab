import type { CandidateRow } from './candidate-summary';
import { normaliseText } from './normalise';
import type { ListOptions, SortKey } from './types';

type SortValue = string | number | null;

function sortValue(row: CandidateRow, key: SortKey): SortValue {
  switch (key) {
    case 'updated':
      return row.updatedAt;
    case 'name':
      return normaliseText(row.name) || null;
    default:
      return row[key];
  }
}

/**
 * Filters by tag, status and search words, then sorts. Values are computed once per row, not
 * per comparison; missing values (no PhD year, never looked up) sort last in either direction;
 * ties keep the most recently updated first, then id, so the order is stable between calls.
 */
export function selectRows(rows: readonly CandidateRow[], options: ListOptions = {}): CandidateRow[] {
  const key = options.sort ?? 'updated';
  const direction = options.direction ?? (key === 'name' ? 'asc' : 'desc');
  const sign = direction === 'asc' ? 1 : -1;
  const words = normaliseText(options.search ?? '')
    .split(' ')
    .filter(Boolean);
  const decorated = rows
    .filter(
      (row) =>
        (!options.tag || row.tags.includes(options.tag)) &&
        (!options.status || row.status === options.status),
    )
    .filter((row) => words.every((word) => row.searchText.includes(word)))
    .map((row) => ({ row, value: sortValue(row, key) }));
  decorated.sort((a, b) => {
    if (a.value !== b.value) {
      if (a.value === null) return 1;
      if (b.value === null) return -1;
      return (a.value < b.value ? -1 : 1) * sign;
    }
    if (a.row.updatedAt !== b.row.updatedAt) return a.row.updatedAt < b.row.updatedAt ? 1 : -1;
    return a.row.id < b.row.id ? -1 : a.row.id > b.row.id ? 1 : 0;
  });
  return decorated.map((d) => d.row);
}
