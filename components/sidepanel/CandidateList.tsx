import { useMemo } from 'preact/hooks';
import type { CandidateSummary } from '../../utils/messages/types';
import { CANDIDATE_STATUSES, SORT_KEYS, type CandidateStatus, type SortKey } from '../../utils/store/types';
import { useCandidateList } from './hooks/useCandidateList';
import { naturalDirection } from '../../utils/store/list';
import { selectRows, tagCounts, type ListQuery } from './logic/list-view';
import { STATUS_LABELS, compactNumber } from './logic/format';
import { VirtualList } from './VirtualList';

const SORT_LABELS: Record<SortKey, string> = {
  updated: 'Last updated',
  name: 'Name',
  phdYear: 'PhD year',
  publications: 'Publications',
  citations: 'Citations',
  hIndex: 'h-index',
  rating: 'Rating',
};

const ROW_HEIGHT = 58;

interface CandidateListProps {
  query: ListQuery;
  onQuery: (query: ListQuery) => void;
  selected: string[];
  onToggleSelected: (id: string) => void;
  onOpen: (id: string) => void;
  onCompare: () => void;
  onClearSelection: () => void;
}

function Row({
  row,
  tabIndex,
  checked,
  onToggle,
  onOpen,
}: {
  row: CandidateSummary;
  tabIndex: number;
  checked: boolean;
  onToggle: () => void;
  onOpen: () => void;
}) {
  const name = row.name || 'Unnamed candidate';
  // The numbers first: a long affiliation must not push the citations and h-index out of the row.
  const figures = [
    row.citations !== null ? `${compactNumber(row.citations)} cit.` : null,
    row.hIndex !== null ? `h ${row.hIndex}` : null,
    `${row.publications} pubs`,
    row.phdYear !== null ? `PhD ${row.phdYear}` : null,
  ].filter(Boolean);
  return (
    <div class="row" data-testid="candidate-row" data-id={row.id}>
      <input
        type="checkbox"
        checked={checked}
        onChange={onToggle}
        tabIndex={tabIndex}
        aria-label={`Compare ${name}`}
      />
      <button type="button" class="row-main" data-row-focus tabIndex={tabIndex} onClick={onOpen}>
        <span class="row-line">
          <strong class="row-name">{name}</strong>
          {row.rating !== null && (
            <span class="stars" aria-label={`rated ${row.rating} of 5`}>
              {'★'.repeat(row.rating)}
            </span>
          )}
          <span class={`status status-${row.status}`}>
            {STATUS_LABELS[row.status as CandidateStatus] ?? row.status}
          </span>
        </span>
        <span class="row-line muted">
          <span class="row-figures" data-testid="row-figures">
            {figures.join(' · ')}
          </span>
          {row.flagCount > 0 && <span class="flag-count"> · {row.flagCount} to check</span>}
          {row.affiliation && <span class="row-affiliation"> · {row.affiliation}</span>}
          {row.tags.length > 0 && <span class="row-tags"> · {row.tags.join(', ')}</span>}
        </span>
      </button>
    </div>
  );
}

/** The cached candidates: search, sort, filters and a windowed list. */
export function CandidateList(props: CandidateListProps) {
  const { query, onQuery, selected } = props;
  const list = useCandidateList(query.search);
  const visible = useMemo(
    () => selectRows(list.indexed, query, list.titleMatches),
    [list.indexed, query, list.titleMatches],
  );
  const tags = useMemo(() => tagCounts(list.rows), [list.rows]);
  const direction = query.direction ?? naturalDirection(query.sort);

  return (
    <section class="list-view" aria-label="Candidates">
      <div class="controls">
        <label class="search">
          <span class="visually-hidden">Search candidates</span>
          <input
            type="search"
            placeholder="Search name, variant, affiliation, title"
            value={query.search}
            onInput={(e) => onQuery({ ...query, search: e.currentTarget.value })}
          />
        </label>
        <div class="control-row">
          <label>
            Sort{' '}
            <select
              value={query.sort}
              onChange={(e) => onQuery({ ...query, sort: e.currentTarget.value as SortKey, direction: null })}
            >
              {SORT_KEYS.map((key) => (
                <option key={key} value={key}>
                  {SORT_LABELS[key]}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            class="icon"
            aria-label={
              direction === 'asc' ? 'Ascending; switch to descending' : 'Descending; switch to ascending'
            }
            title={direction === 'asc' ? 'Ascending' : 'Descending'}
            onClick={() => onQuery({ ...query, direction: direction === 'asc' ? 'desc' : 'asc' })}
          >
            {direction === 'asc' ? '↑' : '↓'}
          </button>
          <label>
            Status{' '}
            <select
              value={query.status ?? ''}
              onChange={(e) =>
                onQuery({ ...query, status: (e.currentTarget.value || null) as CandidateStatus | null })
              }
            >
              <option value="">All</option>
              {CANDIDATE_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          </label>
          <label>
            Tag{' '}
            <select
              value={query.tag ?? ''}
              onChange={(e) => onQuery({ ...query, tag: e.currentTarget.value || null })}
            >
              <option value="">All</option>
              {tags.map(({ tag, count }) => (
                <option key={tag} value={tag}>
                  {tag} ({count})
                </option>
              ))}
            </select>
          </label>
        </div>
      </div>
      <p class="muted count" role="status" data-testid="list-count">
        {list.loading
          ? 'Loading candidates…'
          : `${visible.length} of ${list.rows.length} candidate${list.rows.length === 1 ? '' : 's'}`}
      </p>
      {list.error && (
        <p role="alert" class="error">
          {list.error}
        </p>
      )}
      {selected.length > 0 && (
        <div class="compare-bar" role="region" aria-label="Compare selection">
          <span>{selected.length} selected (2–4)</span>
          <button type="button" class="primary" disabled={selected.length < 2} onClick={props.onCompare}>
            Compare
          </button>
          <button type="button" onClick={props.onClearSelection}>
            Clear
          </button>
        </div>
      )}
      {!list.loading && list.rows.length === 0 ? (
        <p class="empty muted">
          No candidates yet. Open CV Lens from the toolbar on a CV page, or add PDFs, and they will be listed
          here.
        </p>
      ) : (
        <VirtualList
          items={visible}
          rowHeight={ROW_HEIGHT}
          label="Candidates"
          getKey={(row) => row.id}
          renderRow={(row, _index, tabIndex) => (
            <Row
              row={row}
              tabIndex={tabIndex}
              checked={selected.includes(row.id)}
              onToggle={() => props.onToggleSelected(row.id)}
              onOpen={() => props.onOpen(row.id)}
            />
          )}
        />
      )}
    </section>
  );
}
