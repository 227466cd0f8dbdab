import type { Profile } from '../../utils/profile/types';
import { usePopupAnalysis } from './usePopupAnalysis';

const STAGE_TEXT = {
  injecting: 'Reading the page…',
  'reading-pdf': 'Reading the PDF…',
  parsing: 'Finding the CV’s sections…',
  'looking-up': 'Looking up scholarly records…',
  done: 'Done',
} as const;

const SECTION_COUNTS: { key: keyof Profile; label: string }[] = [
  { key: 'education', label: 'Education' },
  { key: 'positions', label: 'Positions' },
  { key: 'publications', label: 'Publications' },
  { key: 'talks', label: 'Talks' },
  { key: 'awards', label: 'Awards' },
  { key: 'teaching', label: 'Teaching' },
  { key: 'service', label: 'Service' },
  { key: 'skills', label: 'Skills' },
];

function ProfileView({ profile, headings }: { profile: Profile; headings: string[] }) {
  if (profile.documentKind === 'unknown') {
    return (
      <div class="state" role="status" data-state="no-cv">
        <h1 class="name">No CV content found</h1>
        <p class="muted">This page does not read as a CV, a letter or a publication list. Open a CV page or PDF and try again.</p>
      </div>
    );
  }
  return (
    <div data-state="profile">
      <header>
        <h1 class="name" data-testid="candidate-name">{profile.person.name ?? 'Unnamed candidate'}</h1>
        <div class="muted">{profile.person.emails.join(' · ')}</div>
      </header>
      <section aria-labelledby="counts-heading">
        <h2 id="counts-heading">Found on this page</h2>
        <div class="counts">
          {SECTION_COUNTS.map(({ key, label }) => (
            <div class="count" key={key}>
              <strong>{(profile[key] as unknown[]).length}</strong>
              {label}
            </div>
          ))}
        </div>
      </section>
      <section aria-labelledby="headings-heading">
        <h2 id="headings-heading">Section headings</h2>
        <ul data-testid="section-headings">
          {headings.map((heading, index) => (
            <li key={index}>{heading}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}

export function PopupApp() {
  const state = usePopupAnalysis();
  return (
    <main class="popup">
      {state.view === 'working' && (
        <div class="state" role="status" aria-live="polite" data-state="working">
          {STAGE_TEXT[state.stage]}
        </div>
      )}
      {state.view === 'failed' && (
        <div class="state" role="alert" data-state={state.failure}>
          {state.message}
        </div>
      )}
      {state.view === 'ready' && <ProfileView profile={state.summary.profile} headings={state.summary.headings} />}
    </main>
  );
}
