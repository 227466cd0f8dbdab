import type { MergedBasis, ScholarMetrics, ScholarPart, SourceId } from '../../utils/model/scholar';
import { SOURCE_IDS } from '../../utils/model/scholar';
import { SOURCE_NAMES } from '../../utils/scholar/labels';
import { safeHref } from '../../utils/document/safe-href';
import { STATUS_TEXT } from '../../utils/scholar/labels';
import { formatCount } from './format';

function MetricCells({ metrics }: { metrics: ScholarMetrics }) {
  return (
    <>
      <td>{formatCount(metrics.works)}</td>
      <td>{formatCount(metrics.citations)}</td>
      <td>{formatCount(metrics.hIndex)}</td>
      <td>{formatCount(metrics.i10)}</td>
    </>
  );
}

/** What the merged row counts, in words: a reviewer should not have to guess. */
export function mergedText(basis: MergedBasis | null): string {
  if (!basis) return 'Merged: from an older look-up that did not record what it covers.';
  if (basis.records === 0) return 'Merged: no author record was accepted, so there is nothing to merge.';
  const sources = basis.sources.map((s) => SOURCE_NAMES[s]).join(', ');
  const records = `${basis.records} accepted author record${basis.records === 1 ? '' : 's'}`;
  return (
    `Merged: the ${basis.works} distinct works fetched for the candidate (${records} and papers matched ` +
    `by DOI or title${sources ? `, in ${sources}` : ''}), each paper once (by DOI, then title) at its highest ` +
    "citation count. Where a source's own figure is higher (it counts works not fetched), that figure is shown."
  );
}

/** Metrics per source and merged, the author records they come from, and who was set aside. */
export function MetricsPanel({ scholar }: { scholar: ScholarPart | undefined }) {
  if (!scholar) {
    return (
      <section aria-labelledby="metrics-heading" data-testid="metrics" data-empty="true">
        <h2 id="metrics-heading">Scholar metrics</h2>
        <p class="muted">No scholarly look-up for this candidate yet.</p>
      </section>
    );
  }
  const sources = SOURCE_IDS.filter((source) => scholar.metrics.bySource[source]);
  const authors = [...scholar.authors].sort((a, b) => b.confidence - a.confidence);
  return (
    <section aria-labelledby="metrics-heading" data-testid="metrics">
      <h2 id="metrics-heading">Scholar metrics</h2>
      <table class="metrics">
        <thead>
          <tr>
            <th scope="col">Source</th>
            <th scope="col">Works</th>
            <th scope="col">Citations</th>
            <th scope="col">
              <abbr title="h-index">h</abbr>
            </th>
            <th scope="col">
              <abbr title="i10-index: works with at least 10 citations">i10</abbr>
            </th>
          </tr>
        </thead>
        <tbody>
          {sources.map((source: SourceId) => (
            <tr key={source}>
              <th scope="row">{SOURCE_NAMES[source]}</th>
              <MetricCells metrics={scholar.metrics.bySource[source] as ScholarMetrics} />
            </tr>
          ))}
          <tr class="merged" data-testid="metrics-merged">
            <th scope="row">Merged</th>
            <MetricCells metrics={scholar.metrics} />
          </tr>
        </tbody>
      </table>
      <p class="muted merged-basis" data-testid="merged-basis">
        {mergedText(scholar.metrics.basis)}
      </p>
      {authors.length > 0 && (
        <ul class="records" aria-label="Author records">
          {authors.map((author) => {
            const href = safeHref(author.url);
            const label = `${SOURCE_NAMES[author.source]}: ${author.name}`;
            return (
              <li key={`${author.source}:${author.id}`}>
                {href ? (
                  <a href={href} target="_blank" rel="noopener noreferrer">
                    {label}
                  </a>
                ) : (
                  label
                )}
                <span class="muted"> — {author.reason}</span>
              </li>
            );
          })}
        </ul>
      )}
      {scholar.rejected.length > 0 && (
        <details class="rejected">
          <summary>
            {scholar.rejected.length} record{scholar.rejected.length === 1 ? '' : 's'} under this name set
            aside
          </summary>
          <ul>
            {scholar.rejected.map((r) => (
              <li key={`${r.source}:${r.id}`}>
                {SOURCE_NAMES[r.source]}: {r.name} <span class="muted">— {r.reason}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
      <p class="sources muted">
        {SOURCE_IDS.map((source) => `${SOURCE_NAMES[source]} ${STATUS_TEXT[scholar.sources[source]]}`).join(
          ' · ',
        )}
      </p>
    </section>
  );
}
