import type { CandidateSummary } from '../../../utils/messages/types';
import { naturalDirection, sortRows } from '../../../utils/store/list';
import { normaliseText } from '../../../utils/store/normalise';
import type { CandidateStatus, SortKey } from '../../../utils/store/types';

/** What the list's controls ask for. */
export interface ListQuery {
  search: string;
  sort: SortKey;
  /** null: the natural direction of the key (A–Z for names, highest first for the rest). */
  direction: 'asc' | 'desc' | null;
  tag: string | null;
  status: CandidateStatus | null;
}

export const DEFAULT_QUERY: ListQuery = {
  search: '',
  sort: 'updated',
  direction: null,
  tag: null,
  status: null,
};

/** A row with its search text normalised once per fetch, not once per keystroke. */
export interface IndexedRow {
  row: CandidateSummary;
  text: string;
}

export function indexRows(rows: readonly CandidateSummary[]): IndexedRow[] {
  return rows.map((row) => ({
    row,
    text: normaliseText([row.name, ...row.variants, row.affiliation ?? ''].join(' \n ')),
  }));
}

export function searchWords(search: string): string[] {
  return normaliseText(search).split(' ').filter(Boolean);
}

/**
 * Filters and sorts the rows the panel holds. Names, variants and affiliation are searched here,
 * at every keystroke; publication titles live only in the background, so the ids it found by
 * title (`titleMatches`, when it has answered) are added to the local matches. Sorted as the
 * store sorts.
 */
export function selectRows(
  rows: readonly IndexedRow[],
  query: ListQuery,
  titleMatches: ReadonlySet<string> | null = null,
): CandidateSummary[] {
  const words = searchWords(query.search);
  const kept: CandidateSummary[] = [];
  for (const { row, text } of rows) {
    if (query.tag !== null && !row.tags.includes(query.tag)) continue;
    if (query.status !== null && row.status !== query.status) continue;
    if (words.length > 0 && !words.every((w) => text.includes(w)) && !titleMatches?.has(row.id)) continue;
    kept.push(row);
  }
  return sortRows(kept, query.sort, query.direction ?? naturalDirection(query.sort));
}

/** Every tag in use, with how many candidates carry it, most used first. */
export function tagCounts(rows: readonly CandidateSummary[]): { tag: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const row of rows) for (const tag of row.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts]
    .map(([tag, count]) => ({ tag, count }))
    .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}

/** Adds or removes an id from the compare selection, which holds at most `max`. */
export function toggleSelection(selected: readonly string[], id: string, max = 4): string[] {
  if (selected.includes(id)) return selected.filter((s) => s !== id);
  return selected.length >= max ? [...selected] : [...selected, id];
}
