import type { Verdict } from '../../utils/scholar/types';
import { VerdictCounts } from '../publications/PublicationList';
import type { PublicationRow } from '../publications/rows';
import type { HeaderFacts } from './header-summary';

interface Props {
  facts: HeaderFacts;
  rows: readonly PublicationRow[];
  lookingUp: boolean;
  filter: Verdict | null;
  onFilter: (verdict: Verdict | null) => void;
}

/** The answer first: degree, role, publications, citations, and the verdicts, each count a filter. */
export function AnswerHeader({ facts, rows, lookingUp, filter, onFilter }: Props) {
  const first = [facts.degree, facts.role].filter((part): part is string => part !== null);
  return (
    <section class="answer" aria-label="Summary" data-testid="header">
      {first.length > 0 && (
        <p class="answer-line" data-testid="current-position">
          {first.join(' · ')}
        </p>
      )}
      <p class="answer-line">
        {facts.publications}
        {facts.citations && ` · ${facts.citations}`}
        {!facts.citations && lookingUp && <span class="muted"> · citations: looking up…</span>}
      </p>
      {lookingUp && rows.every((row) => row.verdict === null) ? (
        rows.length > 0 && <p class="answer-line muted">Checking each publication against the sources…</p>
      ) : (
        <VerdictCounts rows={rows} filter={filter} onFilter={onFilter} />
      )}
    </section>
  );
}
