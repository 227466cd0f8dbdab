import { useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { AnalysisSummary } from '../../utils/messages/types';
import { DOCUMENT_KIND_NAMES } from '../../utils/profile/document-kind-names';
import { SOURCE_IDS, type Verdict } from '../../utils/model/scholar';
import { PublicationList } from '../publications/PublicationList';
import { publicationRows } from '../publications/rows';
import { Timeline } from '../timeline/Timeline';
import { ActionsBar } from './ActionsBar';
import { AnswerHeader } from './AnswerHeader';
import { FlagsPanel } from './FlagsPanel';
import { headerFacts } from './header-summary';
import { MetricsPanel } from './MetricsPanel';
import { Notices } from './Notices';
import { PersonCard } from './PersonCard';
import type { SourceFound, SourceProgress } from './popup-state';
import { markOnce, PROFILE_RENDER_MARK } from './render-marks';
import { SavedLine } from './SavedLine';
import { FailedView, NoCvView, ParserErrorView, SourceList, sourcesDone, WorkingView } from './StateViews';
import { usePopupAnalysis } from './usePopupAnalysis';

interface ProfileProps {
  summary: AnalysisSummary;
  onReadAnyway: (tabId: number) => void;
  sources: SourceProgress;
  found: SourceFound;
  /** The look-up is still running: the CV as read is shown, each source filled in as it answers. */
  lookingUp: boolean;
}

// Retry reopens the popup's page, which asks the background to analyse the tab afresh; the
// scholar cache keeps what the other sources answered.
const retry = (): void => location.reload();

function ProfileView({ summary, sources, found, lookingUp, onReadAnyway }: ProfileProps) {
  const { profile, headings } = summary;
  const scholar = profile.scholar;
  const [filter, setFilter] = useState<Verdict | null>(null);
  const [removed, setRemoved] = useState(false);
  const rows = useMemo(() => publicationRows(profile, scholar, lookingUp), [profile, scholar, lookingUp]);
  const facts = useMemo(() => headerFacts(profile, scholar, new Date().getFullYear()), [profile, scholar]);
  // Layout effect: runs as soon as the profile's DOM is committed, before the browser paints it.
  useLayoutEffect(() => markOnce(PROFILE_RENDER_MARK), []);
  const parserError = profile.flags.find((flag) => flag.kind === 'parser-error');
  if (parserError) return <ParserErrorView flag={parserError} />;
  // An empty profile flagged "no CV"; a page read anyway keeps its kind 'unknown' but has content.
  if (profile.flags.some((flag) => flag.kind === 'no-cv')) {
    return <NoCvView tabId={summary.tabId} onReadAnyway={onReadAnyway} />;
  }
  const chooseFilter = (verdict: Verdict | null): void => {
    setFilter(verdict);
    if (verdict !== null) document.getElementById('publications-heading')?.scrollIntoView({ block: 'start' });
  };
  const state = lookingUp ? 'looking-up' : summary.offline ? 'offline' : 'profile';
  const candidateId = removed ? null : summary.candidateId;
  return (
    <div
      data-state={state}
      data-from-cache={String(summary.fromCache)}
      data-document-kind={profile.documentKind}
    >
      <PersonCard profile={profile} />
      <AnswerHeader facts={facts} rows={rows} lookingUp={lookingUp} filter={filter} onFilter={chooseFilter} />
      {lookingUp && (
        <section class="lookup" aria-label="Look-up" role="status" data-testid="lookup-progress">
          <p class="stage">
            Looking up scholarly records: {sourcesDone(sources)} of {SOURCE_IDS.length} sources finished
          </p>
          <SourceList sources={sources} found={found} total={profile.publications.length} onRetry={retry} />
        </section>
      )}
      {summary.candidateId && !summary.fromCache && (
        <SavedLine
          candidateId={summary.candidateId}
          merged={summary.merged}
          onRemoved={() => setRemoved(true)}
        />
      )}
      {!lookingUp && <Notices summary={summary} sources={sources} onRetry={retry} />}
      <section aria-labelledby="publications-heading">
        <h2 id="publications-heading">Publications ({profile.publications.length})</h2>
        <PublicationList rows={rows} filter={filter} onFilter={chooseFilter} />
      </section>
      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">Timeline</h2>
        <Timeline profile={profile} scholar={scholar} pending={lookingUp} />
      </section>
      <FlagsPanel
        flags={profile.flags}
        rows={rows}
        kindName={DOCUMENT_KIND_NAMES[profile.documentKind]}
        filter={filter}
        onFilter={chooseFilter}
      />
      {!lookingUp && <MetricsPanel scholar={scholar} />}
      <ActionsBar
        tabId={summary.tabId}
        candidateId={candidateId}
        canBadge={profile.source.kind === 'html'}
        pdfUrl={profile.source.kind === 'pdf' ? (summary.url ?? profile.source.url) : null}
        lookingUp={lookingUp}
      />
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
  const { state, readAnyway } = usePopupAnalysis();
  return (
    <main class="popup">
      {state.view === 'working' && (
        <WorkingView stage={state.stage} sources={state.sources} found={state.found} />
      )}
      {state.view === 'failed' && (
        <FailedView failure={state.failure} message={state.message} tabId={null} onReadAnyway={readAnyway} />
      )}
      {state.view === 'ready' && (
        <ProfileView
          summary={state.summary}
          sources={state.sources}
          found={state.found}
          lookingUp={state.lookingUp}
          onReadAnyway={readAnyway}
        />
      )}
    </main>
  );
}
