import { VERDICT_LABELS } from '../../utils/scholar/labels';
import { VERDICTS } from '../../utils/scholar/types';
import type { TimelineBar, TimelineLayout } from './layout';
import { VerdictIcon } from './VerdictShape';

/** What each kind of mark means: the verdicts present, with their shapes, and the bar and tick kinds drawn. */
export function TimelineLegend({ layout, pending }: { layout: TimelineLayout; pending: boolean }) {
  const bars = layout.marks.filter((m): m is TimelineBar => m.type === 'bar');
  const ticks = new Set(layout.marks.flatMap((m) => (m.type === 'tick' ? [m.kind] : [])));
  const verdicts = VERDICTS.filter((verdict) => layout.counts[verdict] > 0);
  return (
    <div class="legend-block">
      {pending && layout.marks.some((m) => m.type === 'publication') && (
        <p class="legend muted">Publications drawn as not checked until the sources answer.</p>
      )}
      {!pending && verdicts.length > 0 && (
        <ul class="legend" aria-label="Publication marks" data-testid="timeline-verdicts">
          {verdicts.map((verdict) => (
            <li key={verdict} data-verdict-key={verdict}>
              <VerdictIcon verdict={verdict} /> {VERDICT_LABELS[verdict].text} ({layout.counts[verdict]})
            </li>
          ))}
        </ul>
      )}
      <ul class="legend" aria-label="Bars and ticks" data-testid="timeline-kinds">
        {bars.some((b) => b.lane === 'education') && (
          <li>
            <span class="swatch bar-education" aria-hidden="true" /> Education
          </li>
        )}
        {bars.some((b) => b.lane === 'positions') && (
          <li>
            <span class="swatch bar-positions" aria-hidden="true" /> Position
          </li>
        )}
        {bars.some((b) => b.open) && (
          <li>
            <span class="swatch ongoing" aria-hidden="true" /> Hatched: ongoing
          </li>
        )}
        {bars.some((b) => b.unknownStart) && (
          <li>
            <span class="swatch unknown-start" aria-hidden="true" /> Fading in: start not given
          </li>
        )}
        {ticks.has('award') && (
          <li>
            <span class="swatch tick-award" aria-hidden="true" /> Award
          </li>
        )}
        {ticks.has('talk') && (
          <li>
            <span class="swatch tick-talk" aria-hidden="true" /> Talk
          </li>
        )}
      </ul>
    </div>
  );
}
