import { useLayoutEffect } from 'preact/hooks';
import type { AnalysisSummary } from '../../utils/messages/types';
import { Timeline } from '../timeline/Timeline';
import { ActionsBar } from './ActionsBar';
import { FlagsPanel } from './FlagsPanel';
import { MetricsPanel } from './MetricsPanel';
import { Notices } from './Notices';
import { PersonCard } from './PersonCard';
import type { SourceProgress } from './popup-state';
import { markOnce, PROFILE_RENDER_MARK } from './render-marks';
import { FailedView, NoCvView, ParserErrorView, WorkingView } from './StateViews';
import { usePopupAnalysis } from './usePopupAnalysis';

function ProfileView({ summary, sources }: { summary: AnalysisSummary; sources: SourceProgress }) {
  const { profile, headings } = summary;
  // Layout effect: runs as soon as the profile's DOM is committed, before the browser paints it.
  useLayoutEffect(() => markOnce(PROFILE_RENDER_MARK), []);
  if (profile.documentKind === 'unknown') {
    const parserError = profile.flags.find((flag) => flag.kind === 'parser-error');
    return parserError ? <ParserErrorView flag={parserError} /> : <NoCvView />;
  }
  return (
    <div data-state={summary.offline ? 'offline' : 'profile'} data-from-cache={String(summary.fromCache)}>
      <PersonCard profile={profile} />
      {/* Retry reopens the popup's page, which asks the background to analyse the tab afresh. */}
      <Notices summary={summary} sources={sources} onRetry={() => location.reload()} />
      <ActionsBar
        tabId={summary.tabId}
        candidateId={summary.candidateId}
        canBadge={profile.source.kind === 'html'}
        pdfUrl={profile.source.kind === 'pdf' ? (summary.url ?? profile.source.url) : null}
      />
      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">Timeline</h2>
        <Timeline profile={profile} scholar={profile.scholar} />
      </section>
      <MetricsPanel scholar={profile.scholar} />
      <FlagsPanel flags={profile.flags} />
      <details class="headings">
        <summary>Sections found ({headings.length})</summary>
        <ul data-testid="section-headings">
          {headings.map((heading, index) => (
            <li key={index}>{heading}</li>
          ))}
        </ul>
      </details>
    </div>
  );
}

export function PopupApp() {
  const state = usePopupAnalysis();
  return (
    <main class="popup">
      {state.view === 'working' && <WorkingView stage={state.stage} sources={state.sources} />}
      {state.view === 'failed' && <FailedView failure={state.failure} message={state.message} />}
      {state.view === 'ready' && <ProfileView summary={state.summary} sources={state.sources} />}
    </main>
  );
}
