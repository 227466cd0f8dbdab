import { verdictLabel } from '../../utils/scholar/labels';
import type { Verdict } from '../../utils/scholar/types';

interface Props {
  verdict: Verdict;
  x: number;
  y: number;
  size: number;
}

/**
 * A verdict drawn as a shape as well as a colour, matching its icon in the shared vocabulary
 * (✓ disc, ≠ diamond, ✗ cross, ? triangle, ~ ring, · hollow square), so colour is never the only cue.
 */
export function VerdictShape({ verdict, x, y, size }: Props) {
  const { icon, tone } = verdictLabel(verdict);
  const className = `pub tone-${tone} v-${verdict}`;
  const half = size / 2;
  const cx = x + half;
  const cy = y + half;
  switch (icon) {
    case '✓':
      return <circle class={className} cx={cx} cy={cy} r={half} />;
    case '≠':
      return (
        <polygon class={className} points={`${cx},${y} ${x + size},${cy} ${cx},${y + size} ${x},${cy}`} />
      );
    case '✗':
      return (
        <path
          class={`${className} stroked`}
          d={`M${x + 0.5},${y + 0.5}L${x + size - 0.5},${y + size - 0.5}M${x + size - 0.5},${y + 0.5}L${x + 0.5},${y + size - 0.5}`}
        />
      );
    case '?':
      return <polygon class={className} points={`${cx},${y} ${x + size},${y + size} ${x},${y + size}`} />;
    case '~':
      return <circle class={`${className} hollow`} cx={cx} cy={cy} r={half - 0.5} />;
    default:
      return (
        <rect class={`${className} hollow`} x={x + 0.5} y={y + 0.5} width={size - 1} height={size - 1} />
      );
  }
}

/** The shape alone, sized for a line of text: legends and publication rows. */
export function VerdictIcon({ verdict }: { verdict: Verdict }) {
  return (
    <svg class="verdict-icon" width="10" height="10" viewBox="0 0 10 10" aria-hidden="true">
      <VerdictShape verdict={verdict} x={1} y={1} size={8} />
    </svg>
  );
}
