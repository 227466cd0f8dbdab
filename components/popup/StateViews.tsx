import { useState } from 'preact/hooks';
import type { AnalysisFailure, AnalysisStage } from '../../utils/messages/types';
import { openSidePanel } from '../../utils/extension/side-panel';
import type { Flag } from '../../utils/model/profile';
import { SOURCE_IDS, type SourceStatus } from '../../utils/model/scholar';
import { SOURCE_NAMES, STATUS_TEXT } from '../../utils/scholar/labels';
import type { SourceFound, SourceProgress } from './popup-state';

const STAGE_TEXT: Record<AnalysisStage, string> = {
  injecting: 'Reading the page…',
  'reading-pdf': 'Reading the PDF…',
  parsing: 'Finding the CV’s sections…',
  'looking-up': 'Looking up scholarly records…',
  done: 'Done',
};

const FAILED: readonly (SourceStatus | 'pending')[] = ['error', 'rate-limited', 'offline'];

/** How many sources have finished: the look-up's progress, counted honestly. */
export function sourcesDone(sources: SourceProgress): number {
  return SOURCE_IDS.filter((source) => (sources[source] ?? 'pending') !== 'pending').length;
}

interface SourceListProps {
  sources: SourceProgress;
  /** Each answered source's own count of the CV's publications, shown as it arrives. */
  found?: SourceFound;
  /** How many publications the CV lists, when it has been read. */
  total?: number;
  onRetry?: () => void;
}

function foundText(count: number, total: number | undefined): string {
  return `${count}${total === undefined ? '' : ` of ${total}`} found`;
}

/**
 * Each source's status as it reports, with how many of the CV's publications its own records
 * hold once it has answered; a failed one offers Retry (the cache keeps the others' answers).
 */
export function SourceList({ sources, found = {}, total, onRetry }: SourceListProps) {
  return (
    <ul class="source-progress" aria-label="Sources">
      {SOURCE_IDS.map((source) => {
        const status = sources[source] ?? 'pending';
        const count = found[source];
        return (
          <li key={source} data-source={source} data-status={status}>
            <span>{SOURCE_NAMES[source]}</span>
            <span class={`status s-${status}`}>
              {STATUS_TEXT[status]}
              {count !== undefined && (
                <span
                  class="found"
                  data-testid="source-found"
                  data-found={count}
                  title={`The CV's publications in ${SOURCE_NAMES[source]}'s own records; the verdicts weigh every source`}
                >
                  {' · '}
                  {foundText(count, total)}
                </span>
              )}
              {onRetry && FAILED.includes(status) && (
                <button type="button" class="link retry" onClick={onRetry} data-testid="retry-source">
                  Retry
                </button>
              )}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/** Injecting and parsing, then the per-source look-up, each under its own data-state. */
export function WorkingView({
  stage,
  sources,
  found,
}: {
  stage: AnalysisStage;
  sources: SourceProgress;
  found: SourceFound;
}) {
  const lookingUp = stage === 'looking-up';
  // Reading counts as one step, parsing another, and each source that has finished as one more.
  const total = 2 + SOURCE_IDS.length;
  const step = lookingUp ? 2 + sourcesDone(sources) : stage === 'parsing' ? 1 : 0;
  return (
    <div
      class="state"
      role="status"
      aria-live="polite"
      aria-busy="true"
      data-state={lookingUp ? 'looking-up' : 'working'}
    >
      <p class="stage" data-stage={stage}>
        {STAGE_TEXT[stage]}
      </p>
      <progress max={total} value={step} aria-label={`${step} of ${total} steps done`} />
      {lookingUp && <SourceList sources={sources} found={found} />}
    </div>
  );
}

const FAILURE_TITLE: Record<AnalysisFailure, string> = {
  'no-cv': 'No CV found on this page',
  'restricted-page': 'CV Lens cannot read this page',
  'pdf-unreadable': 'The browser will not let CV Lens read this PDF',
  'pdf-file-access': 'CV Lens needs access to local files',
  'pdf-error': 'This PDF could not be parsed',
  internal: 'Something went wrong',
};

export function FailedView({
  failure,
  message,
  tabId,
  onReadAnyway,
}: {
  failure: AnalysisFailure;
  message: string;
  tabId: number | null;
  onReadAnyway: (tabId: number) => void;
}) {
  if (failure === 'no-cv') return <NoCvView tabId={tabId} onReadAnyway={onReadAnyway} />;
  return (
    <div class="state" role="alert" data-state={failure}>
      <h1 class="name">{FAILURE_TITLE[failure]}</h1>
      {failure === 'pdf-file-access' ? (
        <ol class="steps">
          <li>
            Open the browser’s extensions page (<code>chrome://extensions</code>).
          </li>
          <li>Find CV Lens and choose Details.</li>
          <li>Turn on “Allow access to file URLs”.</li>
          <li>Reload the PDF’s tab and open CV Lens again.</li>
        </ol>
      ) : (
        <p>{message}</p>
      )}
      {failure === 'pdf-unreadable' && (
        <p class="muted">You can download the PDF and drop it on CV Lens’s side panel instead.</p>
      )}
    </div>
  );
}

/** Not a CV: say what CV Lens reads, and offer the ways on from here. */
export function NoCvView({
  tabId,
  onReadAnyway,
}: {
  tabId: number | null;
  onReadAnyway: (tabId: number) => void;
}) {
  const [status, setStatus] = useState('');
  const openPanel = (): void => {
    if (tabId === null) return;
    // Straight from the click: the side panel opens only inside the user gesture.
    openSidePanel(tabId).then(
      (opened) => setStatus(opened ? '' : 'This browser has no side panel for CV Lens.'),
      (error: unknown) => setStatus(`Could not open the side panel: ${String(error)}`),
    );
  };
  return (
    <div class="state" role="status" data-state="no-cv">
      <h1 class="name">No CV found on this page</h1>
      <p class="muted">
        This page does not read as a CV, a cover letter, a publication list or a profile page.
      </p>
      {tabId !== null && (
        <ul class="next-steps" aria-label="What you can do">
          <li>
            <button type="button" onClick={openPanel} data-testid="no-cv-side-panel">
              Open the side panel
            </button>{' '}
            <span class="muted">your saved candidates, search and compare</span>
          </li>
          <li>
            <button type="button" onClick={openPanel} data-testid="no-cv-read-pdf">
              Read a PDF file…
            </button>{' '}
            <span class="muted">drop or choose CV files in the side panel</span>
          </li>
          <li>
            <button type="button" onClick={() => onReadAnyway(tabId)} data-testid="read-anyway">
              Read this page anyway
            </button>{' '}
            <span class="muted">as text: whatever person, dates and publications it states</span>
          </li>
        </ul>
      )}
      <p class="muted small">
        On a PDF CV open in the browser, click CV Lens again: it reads the PDF itself.
      </p>
      <p class="action-status muted" role="status">
        {status}
      </p>
    </div>
  );
}

/** The reader crashed on this page: say so plainly, and show the text it could not read. */
export function ParserErrorView({ flag }: { flag: Flag }) {
  return (
    <div class="state" role="alert" data-state="parser-error">
      <h1 class="name">CV Lens could not read this page</h1>
      <p>{flag.message}</p>
      {flag.evidence && flag.evidence.length > 0 && (
        <details>
          <summary>The page’s text</summary>
          <pre class="unread-text">{flag.evidence.join('\n')}</pre>
        </details>
      )}
    </div>
  );
}
