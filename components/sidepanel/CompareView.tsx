import { Fragment, type ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { sendRequest } from '../../utils/extension/messaging';
import type { PublicationKind } from '../../utils/profile/types';
import { VERDICT_LABELS } from '../../utils/scholar/labels';
import type { CandidateRecord } from '../../utils/store/types';
import {
  compareColumn,
  kindsUsed,
  maxPerYear,
  sharedYears,
  type CompareColumn,
  type PositionLine,
} from './logic/compare-metrics';
import { compactNumber, dateRange, percent } from './logic/format';

const SOURCE_NAMES: Record<string, string> = {
  openalex: 'OpenAlex',
  dblp: 'DBLP',
  semanticscholar: 'Semantic Scholar',
  orcid: 'ORCID',
  crossref: 'Crossref',
};

interface CompareViewProps {
  ids: string[];
  onBack: () => void;
  onOpen: (id: string) => void;
  onRemove: (id: string) => void;
}

function YearBars({
  column,
  years,
  kinds,
  max,
}: {
  column: CompareColumn;
  years: number[];
  kinds: PublicationKind[];
  max: number;
}) {
  const byYear = new Map(column.perYear.map((y) => [y.year, y]));
  const description = column.perYear
    .map(
      (y) =>
        `${y.year}: ${Object.entries(y.byKind)
          .map(([k, n]) => `${n} ${k}`)
          .join(', ')}`,
    )
    .join('; ');
  return (
    <>
      <div class="year-bars" role="img" aria-label={`Publications per year: ${description || 'none dated'}`}>
        {years.map((year) => {
          const entry = byYear.get(year);
          return (
            <div key={year} class="year-bar" title={`${year}: ${entry?.total ?? 0}`}>
              {kinds.map((kind) => {
                const n = entry?.byKind[kind] ?? 0;
                return n > 0 ? (
                  <span key={kind} class={`kind kind-${kind}`} style={{ height: `${(n / max) * 100}%` }} />
                ) : null;
              })}
            </div>
          );
        })}
      </div>
      {/* The same years under every column: the first, the middle and the last. */}
      <div class="year-axis" aria-hidden="true" data-testid="year-axis">
        <span>{years[0]}</span>
        {years.length > 4 && <span>{years[Math.floor(years.length / 2)]}</span>}
        <span>{years[years.length - 1]}</span>
      </div>
    </>
  );
}

/** The three latest positions, the rest behind a disclosure: columns are narrow. */
function Positions({ positions }: { positions: PositionLine[] }) {
  if (positions.length === 0) return <>—</>;
  const item = (p: PositionLine, i: number) => (
    <li key={i}>
      {[p.title, p.organization].filter(Boolean).join(', ')}{' '}
      <span class="muted dates">{dateRange(p.start, p.end)}</span>
    </li>
  );
  return (
    <>
      <ul class="plain">{positions.slice(0, 3).map(item)}</ul>
      {positions.length > 3 && (
        <details>
          <summary>{positions.length - 3} more</summary>
          <ul class="plain">{positions.slice(3).map((p, i) => item(p, i + 3))}</ul>
        </details>
      )}
    </>
  );
}

/** 2–4 candidates side by side, one column each, the same row for the same figure. */
export function CompareView({ ids, onBack, onOpen, onRemove }: CompareViewProps) {
  const [records, setRecords] = useState<CandidateRecord[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void Promise.all(ids.map((id) => sendRequest({ type: 'get-candidate', id }))).then((replies) => {
      if (!live) return;
      const failed = replies.find((r) => !r.ok);
      if (failed && !failed.ok) setError(failed.error);
      setRecords(replies.flatMap((r) => (r.ok && r.value ? [r.value] : [])));
    });
    return () => {
      live = false;
    };
  }, [ids.join('|')]);

  const columns = useMemo(() => (records ?? []).map((r) => compareColumn(r, new Date())), [records]);
  const years = sharedYears(columns);
  const kinds = kindsUsed(columns);
  const max = maxPerYear(columns);
  // A source with no figure for anyone (switched off, or not found) would only add rows of dashes.
  const sources = [
    ...new Set(
      columns.flatMap((c) =>
        c.bySource.filter((s) => s.citations !== null || s.hIndex !== null).map((s) => s.source),
      ),
    ),
  ];

  // Labels sit on their own row above the values: a side panel is too narrow for a label column.
  const row = (label: string, render: (c: CompareColumn) => ComponentChildren, aside?: ComponentChildren) => {
    const id = `metric-${label.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`;
    return (
      <Fragment key={label}>
        <tr class="label-row">
          <th id={id} colSpan={columns.length} scope="colgroup">
            {label}
            {aside}
          </th>
        </tr>
        <tr>
          {columns.map((c) => (
            <td key={c.id} headers={`${id} col-${c.id}`}>
              {render(c)}
            </td>
          ))}
        </tr>
      </Fragment>
    );
  };

  return (
    <section class="compare-view" aria-labelledby="compare-heading">
      <div class="view-bar">
        <button type="button" onClick={onBack}>
          ← All candidates
        </button>
        <h1 id="compare-heading">Compare</h1>
      </div>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {records === null ? (
        <p class="muted">Loading…</p>
      ) : (
        <div class="compare-scroll">
          <table class="compare" data-testid="compare-table">
            <thead>
              <tr>
                {columns.map((c) => (
                  <th key={c.id} id={`col-${c.id}`} scope="col" style={{ width: `${100 / columns.length}%` }}>
                    <div class="compare-head">
                      <button type="button" class="link" onClick={() => onOpen(c.id)}>
                        {c.name}
                      </button>
                      <button
                        type="button"
                        class="icon small"
                        aria-label={`Remove ${c.name} from the comparison`}
                        onClick={() => onRemove(c.id)}
                      >
                        ×
                      </button>
                    </div>
                    <div class="muted small">{c.affiliation ?? ''}</div>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {row('Years since PhD', (c) =>
                c.yearsSincePhd === null ? '—' : `${c.yearsSincePhd} (PhD ${c.phdYear})`,
              )}
              {row('Positions', (c) => (
                <Positions positions={c.positions} />
              ))}
              {row('Publications', (c) => `${c.publications}${c.undated ? ` (${c.undated} undated)` : ''}`)}
              {row(
                'Per year, by kind',
                (c) => (years.length ? <YearBars column={c} years={years} kinds={kinds} max={max} /> : '—'),
                years.length > 0 && (
                  <span class="chart-legend" aria-label="Legend" data-testid="chart-legend">
                    {kinds.map((k) => (
                      <span key={k} class="legend-item">
                        <span class={`swatch kind-${k}`} aria-hidden="true" />
                        {k}
                      </span>
                    ))}
                  </span>
                ),
              )}
              {row(VERDICT_LABELS.verified.text, (c) =>
                c.verified === null
                  ? 'not looked up'
                  : `${percent(c.verifiedShare)} (${c.verified}/${c.publications})`,
              )}
              {row('Citations', (c) => compactNumber(c.citations))}
              {row('h-index', (c) => (c.hIndex === null ? '—' : String(c.hIndex)))}
              {sources.map((source) =>
                row(`${SOURCE_NAMES[source] ?? source}: citations / h`, (c) => {
                  const s = c.bySource.find((x) => x.source === source);
                  return s ? `${compactNumber(s.citations)} / ${s.hIndex ?? '—'}` : '—';
                }),
              )}
              {row('First author', (c) => String(c.firstAuthor))}
              {row('Last author', (c) => String(c.lastAuthor))}
              {row('Sole author', (c) => String(c.soleAuthor))}
              {row('To check and notes', (c) =>
                c.flags.length === 0 ? (
                  'none'
                ) : (
                  <ul class="plain">
                    {c.flags.map((f, i) => (
                      <li key={i} class={`flag-${f.severity}`}>
                        {f.message}
                      </li>
                    ))}
                  </ul>
                ),
              )}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
