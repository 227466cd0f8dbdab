import type { AnalysisSummary } from '../../utils/messages/types';
import { nothingChecked } from '../../utils/scholar/checked';
import { NOTHING_CHECKED_TEXT } from '../../utils/scholar/labels';
import { SOURCE_NAMES } from '../../utils/scholar/labels';
import { failingSources, formatDate } from './format';
import type { SourceProgress } from './popup-state';

interface Props {
  summary: AnalysisSummary;
  sources: SourceProgress;
  /** Runs the analysis again: the network may be back. */
  onRetry: () => void;
}

/** Not-checked, offline and failing-source notices: the rest of the popup still shows what is known. */
export function Notices({ summary, sources, onRetry }: Props) {
  const scholar = summary.profile.scholar;
  const failing = failingSources(scholar?.sources, sources);
  const fetched = formatDate(scholar?.fetchedAt);
  const unchecked = scholar !== undefined && nothingChecked(scholar);
  return (
    <>
      {unchecked && (
        <div class="notice unchecked" role="alert" data-testid="unchecked-notice">
          <p>
            <strong>Not checked.</strong> {NOTHING_CHECKED_TEXT} No publication is marked missing.
          </p>
          <button type="button" onClick={onRetry} data-testid="retry-lookup">
            Retry
          </button>
        </div>
      )}
      {summary.offline && (
        <p class="notice offline" role="status" data-testid="offline-notice">
          Offline: scholar data shown from the cache{fetched ? `, fetched ${fetched}` : ''}.
        </p>
      )}
      {!summary.offline && summary.fromCache && (
        <p class="notice cached muted" data-testid="cache-notice">
          This page is unchanged since it was last read; shown from the saved candidate.
        </p>
      )}
      {!unchecked && failing.length > 0 && (
        <p class="notice failing" role="status" data-state="source-failing" data-testid="source-failing">
          {failing
            .map(({ source, status }) =>
              status === 'rate-limited'
                ? `${SOURCE_NAMES[source]} is limiting requests`
                : status === 'too-large'
                  ? `${SOURCE_NAMES[source]} sent an answer too large to read`
                  : `${SOURCE_NAMES[source]} failed`,
            )
            .join('; ')}
          . The other sources are shown.{' '}
          <button type="button" class="link" onClick={onRetry} data-testid="retry-source">
            Retry
          </button>
        </p>
      )}
    </>
  );
}
