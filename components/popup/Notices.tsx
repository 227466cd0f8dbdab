import type { AnalysisSummary } from '../../utils/messages/types';
import { SOURCE_NAMES } from '../timeline/verdicts';
import { failingSources, formatDate } from './format';
import type { SourceProgress } from './popup-state';

/** Offline and failing-source notices: the rest of the popup still shows what is known. */
export function Notices({ summary, sources }: { summary: AnalysisSummary; sources: SourceProgress }) {
  const scholar = summary.profile.scholar;
  const failing = failingSources(scholar?.sources, sources);
  const fetched = formatDate(scholar?.fetchedAt);
  return (
    <>
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
      {failing.length > 0 && (
        <p class="notice failing" role="status" data-state="source-failing" data-testid="source-failing">
          {failing
            .map(({ source, status }) =>
              status === 'rate-limited'
                ? `${SOURCE_NAMES[source]} is limiting requests`
                : `${SOURCE_NAMES[source]} failed`,
            )
            .join('; ')}
          . The other sources are shown; try again later for the rest.
        </p>
      )}
    </>
  );
}
