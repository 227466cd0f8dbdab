import { useId, useMemo, useRef, useState } from 'preact/hooks';
import type { Profile } from '../../utils/profile/types';
import type { ScholarPart } from '../../utils/scholar/types';
import { fractionalYear, layoutTimeline, type TimelineMark } from './layout';
import { TimelineLegend } from './TimelineLegend';
import { VerdictShape } from './VerdictShape';
import './timeline.css';

interface Props {
  profile: Profile;
  scholar: ScholarPart | undefined;
  width?: number;
  /** A look-up is running: publications without a record are waiting, not unchecked. */
  pending?: boolean;
}

const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'ArrowUp']);

/** Pattern and gradient ids, unique per chart so two charts on one page do not share them. */
interface Fills {
  hatch: string;
  fade: string;
}

function MarkShape({ mark, fills }: { mark: TimelineMark; fills: Fills }) {
  switch (mark.type) {
    case 'bar':
      return (
        <>
          <rect
            class={`bar bar-${mark.lane}${mark.unknownStart ? ' unknown-start' : ''}`}
            x={mark.x}
            y={mark.y}
            width={mark.width}
            height={mark.height}
            rx={2}
            mask={mark.unknownStart ? `url(#${fills.fade})` : undefined}
          />
          {mark.open && (
            <rect
              class="hatch"
              x={mark.x}
              y={mark.y}
              width={mark.width}
              height={mark.height}
              rx={2}
              fill={`url(#${fills.hatch})`}
            />
          )}
          {mark.text && (
            <text class="bar-text" x={mark.x + 3} y={mark.y + mark.height - 3.5} aria-hidden="true">
              {mark.text}
            </text>
          )}
          {/* The outline the hover and focus styles draw: last, so it sits above the label. */}
          <rect class="outline" x={mark.x} y={mark.y} width={mark.width} height={mark.height} rx={2} />
        </>
      );
    case 'publication':
      return <VerdictShape verdict={mark.verdict} x={mark.x} y={mark.y} size={mark.size} />;
    case 'tick':
      return (
        <>
          {/* A wider transparent hit area: a 2px tick is too thin to point at. */}
          <rect class="hit" x={mark.x - 3} y={mark.y} width={6} height={mark.height} />
          <rect class={`tick tick-${mark.kind}`} x={mark.x - 1} y={mark.y} width={2} height={mark.height} />
        </>
      );
  }
}

/**
 * The consolidated timeline. One tab stop for the whole chart (roving tabindex): arrow keys move
 * between marks, so a long publication list does not make the rest of the popup hard to reach.
 */
export function Timeline({ profile, scholar, width, pending = false }: Props) {
  const layout = useMemo(
    () => layoutTimeline(profile, scholar, { width, now: fractionalYear(new Date()) }),
    [profile, scholar, width],
  );
  const [active, setActive] = useState(0);
  const [shown, setShown] = useState<TimelineMark | null>(null);
  const refs = useRef<(SVGGElement | null)[]>([]);
  const id = useId();
  const fills: Fills = { hatch: `hatch-${id}`, fade: `fade-${id}` };

  if (!layout.marks.length) {
    return (
      <p class="muted" data-testid="timeline" data-empty="true">
        No dated education, positions, publications, awards or talks to draw.
      </p>
    );
  }

  const move = (to: number): void => {
    const index = Math.max(0, Math.min(layout.marks.length - 1, to));
    setActive(index);
    refs.current[index]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent, index: number): void => {
    if (NEXT_KEYS.has(event.key)) move(index + 1);
    else if (PREVIOUS_KEYS.has(event.key)) move(index - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(layout.marks.length - 1);
    else return;
    event.preventDefault();
  };

  const { undated } = layout;
  const undatedText = [
    undated.entries ? `${undated.entries} undated entr${undated.entries === 1 ? 'y' : 'ies'}` : '',
    undated.publications
      ? `${undated.publications} undated publication${undated.publications === 1 ? '' : 's'}`
      : '',
    undated.items
      ? `${undated.items} undated award${undated.items === 1 ? '' : 's'} or talk${undated.items === 1 ? '' : 's'}`
      : '',
  ].filter(Boolean);

  return (
    <div class="timeline" data-testid="timeline">
      <svg
        role="group"
        aria-label={`Timeline ${layout.from}–${layout.to}. Use the arrow keys to move between marks.`}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        width="100%"
        height={layout.height}
        onMouseLeave={() => setShown(null)}
      >
        <defs>
          <pattern
            id={fills.hatch}
            width="5"
            height="5"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <line class="hatch-line" x1="0" y1="0" x2="0" y2="5" />
          </pattern>
          <linearGradient id={`${fills.fade}-ramp`}>
            <stop offset="0" stop-color="white" stop-opacity="0.05" />
            <stop offset="1" stop-color="white" stop-opacity="1" />
          </linearGradient>
          <mask id={fills.fade} maskContentUnits="objectBoundingBox">
            <rect width="1" height="1" fill={`url(#${fills.fade}-ramp)`} />
          </mask>
        </defs>
        {layout.axis.map(({ year, x }) => (
          <g key={year} class="axis" aria-hidden="true">
            <line x1={x} x2={x} y1={0} y2={layout.axisY} />
            <text x={x} y={layout.axisY + 12} text-anchor="middle">
              {year}
            </text>
          </g>
        ))}
        {layout.lanes.map((lane) => (
          <text key={lane.id} class="lane-label" x={4} y={lane.y + 10} aria-hidden="true">
            {lane.label}
          </text>
        ))}
        {layout.marks.map((mark, index) => (
          <g
            key={mark.key}
            class="mark"
            role="img"
            tabIndex={index === active ? 0 : -1}
            ref={(element) => {
              refs.current[index] = element;
            }}
            data-mark={mark.type}
            data-verdict={mark.type === 'publication' ? mark.verdict : undefined}
            onFocus={() => {
              setActive(index);
              setShown(mark);
            }}
            onBlur={() => setShown(null)}
            onMouseEnter={() => setShown(mark)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            <title>{mark.label}</title>
            <desc>{mark.detail}</desc>
            <MarkShape mark={mark} fills={fills} />
          </g>
        ))}
      </svg>
      <p class="timeline-detail" aria-hidden="true">
        {shown ? shown.detail : 'Hover or focus a mark for details.'}
      </p>
      <TimelineLegend layout={layout} pending={pending && !scholar} />
      {undatedText.length > 0 && <p class="muted small">Not drawn: {undatedText.join(', ')}.</p>}
    </div>
  );
}
