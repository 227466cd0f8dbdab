import { useMemo, useState } from 'preact/hooks';
import { sendRequest } from '../../utils/extension/messaging';
import type { Entry } from '../../utils/profile/types';
import { VERDICT_LABELS } from '../../utils/scholar/labels';
import { VERDICTS, type Verdict } from '../../utils/scholar/types';
import { summarise } from '../../utils/store/candidate-summary';
import type { CandidateRecord } from '../../utils/store/types';
import { PublicationList } from '../publications/PublicationList';
import { publicationRows } from '../publications/rows';
import { Timeline } from '../timeline/Timeline';
import { ConfirmAction } from './ConfirmAction';
import { ExportButtons } from './ExportButtons';
import { useCandidate } from './hooks/useCandidate';
import { safeHref } from '../../utils/document/safe-href';
import { compactNumber, dateRange, percent } from './logic/format';
import { ReviewEditor } from './ReviewEditor';

interface CandidateViewProps {
  id: string;
  /** Set when the panel shows this candidate because the active tab is its page. */
  followedTitle: string | null;
  inCompare: boolean;
  onToggleCompare: () => void;
  onBack: () => void;
  onDeleted: () => void;
}

function EntryList({ title, entries }: { title: string; entries: Entry[] }) {
  if (entries.length === 0) return null;
  return (
    <section>
      <h2>{title}</h2>
      <ul class="entries">
        {entries.map((entry, index) => (
          <li key={index}>
            <span>{[entry.title, entry.organization].filter(Boolean).join(', ') || entry.raw}</span>{' '}
            <span class="muted dates">{dateRange(entry.start, entry.end)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** "19 verified · 3 preprint found · 2 not checked": every verdict present, in the shared words. */
function verdictBreakdown(record: CandidateRecord): string {
  const publications = record.scholar?.publications;
  if (!Array.isArray(publications)) return 'not looked up';
  const parts = VERDICTS.map(
    (verdict) => [verdict, publications.filter((p) => p.verdict === verdict).length] as const,
  )
    .filter(([, count]) => count > 0)
    .map(([verdict, count]) => `${count} ${VERDICT_LABELS[verdict].text.toLowerCase()}`);
  return parts.join(' · ') || '—';
}

function Facts({ record }: { record: CandidateRecord }) {
  const summary = summarise(record);
  const share =
    summary.verified === null || summary.publications === 0 ? null : summary.verified / summary.publications;
  const facts: [string, string][] = [
    ['PhD', summary.phdYear === null ? '—' : String(summary.phdYear)],
    ['Publications', String(summary.publications)],
    ['Citations', compactNumber(summary.citations)],
    ['h-index', summary.hIndex === null ? '—' : String(summary.hIndex)],
    // With its denominator: "79%" alone does not say of how many.
    [
      VERDICT_LABELS.verified.text,
      share === null ? '—' : `${percent(share)} (${summary.verified}/${summary.publications})`,
    ],
  ];
  return (
    <>
      <dl class="facts">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p class="muted" data-testid="verdict-breakdown">
        Verdicts: {verdictBreakdown(record)}
      </p>
    </>
  );
}

function CandidateBody({
  record,
  props,
  onRecord,
}: {
  record: CandidateRecord;
  props: CandidateViewProps;
  onRecord: (r: CandidateRecord) => void;
}) {
  const { person } = record.profile;
  // Name variants are listed once, under "Also published as"; the rest split into concerns and notes.
  const flags = (record.flags.length > 0 ? record.flags : record.profile.flags).filter(
    (flag) => flag.kind !== 'name-variant',
  );
  const scholar = record.scholar ?? undefined;
  const rows = useMemo(() => publicationRows(record.profile, scholar), [record.profile, scholar]);
  const [filter, setFilter] = useState<Verdict | null>(null);
  const name = record.name || person.name || 'Unnamed candidate';
  return (
    <article class="candidate" aria-labelledby="candidate-name">
      <header class="candidate-head">
        <h1 id="candidate-name" data-testid="candidate-name">
          {name}
        </h1>
        {summarise(record).affiliation && <p class="muted">{summarise(record).affiliation}</p>}
        {person.emails.length > 0 && <p class="muted small">{person.emails.join(' · ')}</p>}
        {person.links.length > 0 && (
          <p class="small links">
            {person.links.map((link) => {
              const href = safeHref(link);
              return href ? (
                <a key={link} href={href} target="_blank" rel="noopener noreferrer">
                  {link.replace(/^https?:\/\//, '')}
                </a>
              ) : (
                <span key={link}>{link}</span>
              );
            })}
          </p>
        )}
      </header>
      <Facts record={record} />
      {person.nameVariants.length > 0 && (
        <section>
          <h2>Also published as</h2>
          <ul class="variants">
            {person.nameVariants.map((v) => (
              <li key={v.name}>
                <strong>{v.name}</strong> <span class="muted small">{v.evidence}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {flags.length > 0 && (
        <section>
          <h2>To check and notes</h2>
          <ul class="flags" data-testid="flags">
            {flags.map((flag, index) => (
              <li key={index} class={`flag flag-${flag.severity}`}>
                <span class="flag-kind">{flag.severity === 'warning' ? 'To check' : 'Note'}</span>{' '}
                {flag.message}
              </li>
            ))}
          </ul>
        </section>
      )}
      <ReviewEditor record={record} onRecord={onRecord} />
      <section aria-labelledby="sp-publications-heading">
        <h2 id="sp-publications-heading">Publications ({rows.length})</h2>
        <PublicationList rows={rows} filter={filter} onFilter={setFilter} withCounts />
      </section>
      <section aria-labelledby="sp-timeline-heading">
        <h2 id="sp-timeline-heading">Timeline</h2>
        <Timeline profile={record.profile} scholar={scholar} />
      </section>
      <EntryList title="Positions" entries={record.profile.positions} />
      <EntryList title="Education" entries={record.profile.education} />
      {record.urls.length > 0 && (
        <section>
          <h2>Seen at</h2>
          <ul class="seen small">
            {record.urls.map((seen) => (
              <li key={seen.url}>
                <span class="url">{seen.url}</span> <span class="muted">{seen.lastSeen.slice(0, 10)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section>
        <h2>Export this candidate</h2>
        <ExportButtons formats={['bibtex', 'jsonresume', 'json']} candidateId={record.id} />
      </section>
      <section class="actions">
        <button type="button" aria-pressed={props.inCompare} onClick={props.onToggleCompare}>
          {props.inCompare ? 'Remove from compare' : 'Add to compare'}
        </button>
        <ConfirmAction
          label="Delete candidate"
          question={`Delete ${name}, with your notes, tags and rating? This cannot be undone.`}
          confirmLabel="Delete"
          testId="delete-candidate"
          onConfirm={async () => {
            const reply = await sendRequest({ type: 'delete-candidate', id: record.id });
            if (reply.ok) props.onDeleted();
          }}
        />
      </section>
    </article>
  );
}

/** One candidate: who, the figures, flags, and the reviewer's notes, tags, rating and status. */
export function CandidateView(props: CandidateViewProps) {
  const [load, setRecord] = useCandidate(props.id);
  return (
    <div class="candidate-view">
      <div class="view-bar">
        <button type="button" onClick={props.onBack}>
          ← All candidates
        </button>
        {props.followedTitle !== null && (
          <span class="muted small following" data-testid="following">
            From this tab
          </span>
        )}
      </div>
      {load.state === 'loading' && <p class="muted">Loading…</p>}
      {load.state === 'missing' && <p class="muted">This candidate is no longer stored.</p>}
      {load.state === 'failed' && (
        <p role="alert" class="error">
          {load.error}
        </p>
      )}
      {load.state === 'ready' && <CandidateBody record={load.record} props={props} onRecord={setRecord} />}
    </div>
  );
}
