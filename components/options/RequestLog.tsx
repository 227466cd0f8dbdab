import type { RequestLogEntry } from '../../utils/model/scholar';
import { SOURCE_LABELS, usd } from './settings-form';

/** The scholarly requests CV Lens made, newest first; URLs are logged without keys. */
export function RequestLog({ entries }: { entries: RequestLogEntry[] }) {
  if (entries.length === 0) return <p class="muted">No requests yet.</p>;
  const rows = [...entries].sort((a, b) => b.time - a.time).slice(0, 200);
  return (
    <div class="log-scroll">
      <table class="log" data-testid="request-log">
        <caption class="visually-hidden">Requests to scholarly sources, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Time</th>
            <th scope="col">Source</th>
            <th scope="col">Request</th>
            <th scope="col">Status</th>
            <th scope="col">ms</th>
            <th scope="col">Cost</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((entry, index) => (
            <tr key={index}>
              <td>{new Date(entry.time).toLocaleTimeString()}</td>
              <td>{SOURCE_LABELS[entry.source]?.name ?? entry.source}</td>
              <td class="url" title={entry.url}>
                {entry.url}
              </td>
              <td class={entry.status >= 200 && entry.status < 300 ? 'ok' : 'bad'}>
                {entry.fromCache ? 'cache' : entry.status === 0 ? 'failed' : entry.status}
              </td>
              <td>{Math.round(entry.ms)}</td>
              <td>{entry.costUsd ? usd(entry.costUsd) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {entries.length > rows.length && (
        <p class="muted small">
          Showing the latest {rows.length} of {entries.length}.
        </p>
      )}
    </div>
  );
}
