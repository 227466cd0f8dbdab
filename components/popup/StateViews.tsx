import type { AnalysisFailure, AnalysisStage } from '../../utils/messages/types';
import { SOURCE_IDS } from '../../utils/model/scholar';
import { SOURCE_NAMES, STATUS_TEXT } from '../../utils/scholar/labels';
import type { SourceProgress } from './popup-state';

const STAGE_TEXT: Record<AnalysisStage, string> = {
  injecting: 'Reading the page…',
  'reading-pdf': 'Reading the PDF…',
  parsing: 'Finding the CV’s sections…',
  'looking-up': 'Looking up scholarly records…',
  done: 'Done',
};

const STAGES: AnalysisStage[] = ['injecting', 'parsing', 'looking-up'];

/** Injecting and parsing, then the per-source look-up, each under its own data-state. */
export function WorkingView({ stage, sources }: { stage: AnalysisStage; sources: SourceProgress }) {
  const lookingUp = stage === 'looking-up';
  const step = stage === 'reading-pdf' ? 1 : STAGES.indexOf(stage) + 1;
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
      <progress max={STAGES.length} value={step} aria-label={`Step ${step} of ${STAGES.length}`} />
      {lookingUp && (
        <ul class="source-progress" aria-label="Sources">
          {SOURCE_IDS.map((source) => {
            const status = sources[source] ?? 'pending';
            return (
              <li key={source} data-source={source} data-status={status}>
                <span>{SOURCE_NAMES[source]}</span>
                <span class={`status s-${status}`}>{STATUS_TEXT[status]}</span>
              </li>
            );
          })}
        </ul>
      )}
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

export function FailedView({ failure, message }: { failure: AnalysisFailure; message: string }) {
  if (failure === 'no-cv') return <NoCvView />;
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

export function NoCvView() {
  return (
    <div class="state" role="status" data-state="no-cv">
      <h1 class="name">No CV found on this page</h1>
      <p class="muted">
        This page does not read as a CV, a cover letter or a publication list. Open a CV page or a PDF and try
        again.
      </p>
    </div>
  );
}
