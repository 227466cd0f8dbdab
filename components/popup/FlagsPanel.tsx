import type { Flag } from '../../utils/model/profile';

/** The flags, each with the CV text it rests on. Flags describe the data, never the person. */
export function FlagsPanel({ flags }: { flags: Flag[] }) {
  return (
    <section aria-labelledby="flags-heading" data-testid="flags">
      <h2 id="flags-heading">Flags ({flags.length})</h2>
      {flags.length === 0 ? (
        <p class="muted">Nothing to flag in this CV’s data.</p>
      ) : (
        <ul class="flags">
          {flags.map((flag, index) => (
            <li key={index} class={`flag ${flag.severity}`} data-kind={flag.kind}>
              <span class="severity">{flag.severity === 'warning' ? 'Check' : 'Note'}</span>
              <span class="message">{flag.message}</span>
              {flag.evidence && flag.evidence.length > 0 && (
                <ul class="evidence" aria-label="Evidence">
                  {flag.evidence.map((text, i) => (
                    <li key={i}>
                      <q>{text}</q>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
