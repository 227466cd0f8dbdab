import { VERDICT_LABELS } from '../../utils/scholar/labels';
import type { Verdict } from '../../utils/scholar/types';
import { VerdictIcon } from '../timeline/VerdictShape';
import { filterRows, verdictCounts, type PublicationRow } from './rows';
import './publications.css';

interface CountsProps {
  rows: readonly PublicationRow[];
  filter: Verdict | null;
  onFilter: (verdict: Verdict | null) => void;
}

/** One button per verdict present, with its count: pressing one shows only those publications. */
export function VerdictCounts({ rows, filter, onFilter }: CountsProps) {
  const counts = verdictCounts(rows);
  if (counts.length === 0) return null;
  return (
    <ul class="verdict-counts" aria-label="Publications by verdict">
      {counts.map(({ verdict, count }) => (
        <li key={verdict}>
          <button
            type="button"
            class={`verdict-count tone-${VERDICT_LABELS[verdict].tone}`}
            aria-pressed={filter === verdict}
            title={
              filter === verdict ? 'Show every publication' : `Show only: ${VERDICT_LABELS[verdict].text}`
            }
            data-testid="verdict-count"
            data-verdict-filter={verdict}
            onClick={() => onFilter(filter === verdict ? null : verdict)}
          >
            <VerdictIcon verdict={verdict} /> {count} {VERDICT_LABELS[verdict].text.toLowerCase()}
          </button>
        </li>
      ))}
    </ul>
  );
}

function VerdictBadge({ verdict }: { verdict: Verdict | null }) {
  if (verdict === null) return <span class="verdict pending">looking up…</span>;
  const label = VERDICT_LABELS[verdict];
  return (
    <span class={`verdict tone-${label.tone}`}>
      <VerdictIcon verdict={verdict} /> {label.text}
    </span>
  );
}

function Row({ row }: { row: PublicationRow }) {
  const facts = [
    row.venue,
    row.year === null ? null : String(row.year),
    // "submitted" is often written where the venue goes: say it once.
    row.status && row.status !== 'published' && row.status !== row.venue?.toLowerCase() ? row.status : null,
  ].filter((part): part is string => part !== null && part !== '');
  return (
    <li
      class="publication"
      data-testid="publication"
      data-verdict={row.verdict ?? 'pending'}
      data-index={row.index}
    >
      <div class="pub-head">
        <span class="pub-title">
          {row.href ? (
            <a href={row.href} target="_blank" rel="noopener noreferrer" title="Open the record">
              {row.title}
            </a>
          ) : (
            row.title
          )}
        </span>
        <VerdictBadge verdict={row.verdict} />
      </div>
      <div class="pub-facts muted">
        {facts.length > 0 && <span>{facts.join(', ')}</span>}
        {row.position && (
          <span class={row.firstAuthor || row.lastAuthor ? 'position key' : 'position'}>
            {row.position}
            {row.equalContribution && (
              <abbr title="equal contribution, marked on the CV" class="equal">
                {' '}
                (equal contr.)
              </abbr>
            )}
          </span>
        )}
        {row.citations !== null && (
          <span class="citations">
            {row.citations.toLocaleString('en')} citation{row.citations === 1 ? '' : 's'}
          </span>
        )}
      </div>
      {row.verdict !== null && (
        <details class="why">
          <summary>why</summary>
          <p>{row.detail}</p>
        </details>
      )}
    </li>
  );
}

interface ListProps {
  rows: readonly PublicationRow[];
  filter: Verdict | null;
  onFilter: (verdict: Verdict | null) => void;
  /** Show the verdict buttons above the list (the popup shows them in its header instead). */
  withCounts?: boolean;
}

/** The publications in the CV's order, each with its verdict; filtered by a verdict when one is chosen. */
export function PublicationList({ rows, filter, onFilter, withCounts = false }: ListProps) {
  const shown = filterRows(rows, filter);
  if (rows.length === 0) return <p class="muted">No publications were read from this document.</p>;
  return (
    <div class="publications" data-testid="publications" data-filter={filter ?? 'all'}>
      {withCounts && <VerdictCounts rows={rows} filter={filter} onFilter={onFilter} />}
      {filter !== null && (
        <p class="filter-line" data-testid="publication-filter">
          Showing {shown.length} of {rows.length}: {VERDICT_LABELS[filter].text.toLowerCase()}.{' '}
          <button type="button" class="link" onClick={() => onFilter(null)}>
            Show all
          </button>
        </p>
      )}
      <ol class="publication-list">
        {shown.map((row) => (
          <Row key={row.index} row={row} />
        ))}
      </ol>
    </div>
  );
}
