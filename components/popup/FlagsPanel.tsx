import type { Flag } from '../../utils/profile/types';
import { VERDICT_LABELS } from '../../utils/scholar/labels';
import type { Verdict } from '../../utils/scholar/types';
import { VerdictCounts } from '../publications/PublicationList';
import type { PublicationRow } from '../publications/rows';

interface Props {
  flags: Flag[];
  rows: readonly PublicationRow[];
  /** "CV", "cover letter", …: the panel speaks of the document it read. */
  kindName: string;
  filter: Verdict | null;
  onFilter: (verdict: Verdict | null) => void;
}

function FlagItem({ flag }: { flag: Flag }) {
  return (
    <li class={`flag ${flag.severity}`} data-kind={flag.kind}>
      <span class="message">{flag.message}</span>
      {flag.evidence && flag.evidence.length > 0 && (
        <details class="why">
          <summary>why</summary>
          <ul class="evidence" aria-label="Evidence">
            {flag.evidence.map((text, i) => (
              <li key={i}>
                <q>{text}</q>
              </li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}

/**
 * Concerns (a record disagrees, a paper is not found, the CV's author list lacks the person) apart
 * from notes (a paper listed twice, a cut document). Name variants are shown once, under the name.
 * Flags describe the data, never the person.
 */
export function FlagsPanel({ flags, rows, kindName, filter, onFilter }: Props) {
  const concernRows = rows.filter((row) => row.verdict !== null && VERDICT_LABELS[row.verdict].concern);
  const warnings = flags.filter((flag) => flag.severity === 'warning');
  const notes = flags.filter((flag) => flag.severity === 'info' && flag.kind !== 'name-variant');
  const concerns = concernRows.length + warnings.length;
  return (
    <section aria-labelledby="flags-heading" data-testid="flags">
      <h2 id="flags-heading">To check ({concerns})</h2>
      {concerns === 0 ? (
        <p class="muted">Nothing to check in this {kindName}’s data.</p>
      ) : (
        <>
          <VerdictCounts rows={concernRows} filter={filter} onFilter={onFilter} />
          {warnings.length > 0 && (
            <ul class="flags" data-testid="concerns">
              {warnings.map((flag, index) => (
                <FlagItem key={index} flag={flag} />
              ))}
            </ul>
          )}
        </>
      )}
      {notes.length > 0 && (
        <>
          <h2>Notes ({notes.length})</h2>
          <ul class="flags notes" data-testid="notes">
            {notes.map((flag, index) => (
              <FlagItem key={index} flag={flag} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
