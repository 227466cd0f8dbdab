import type { Entry, Item, Profile } from '../../utils/profile/types';
import type { ScholarPart, ScholarPublication } from '../../utils/scholar/types';
import { endOf, periodText, startOf } from './dates';
import { verdictLabel } from '../../utils/scholar/labels';
import { VERDICTS, type Verdict } from '../../utils/scholar/types';
import { recordText } from './verdicts';

/**
 * The timeline as geometry: a pure function of the profile and its scholar part, so the SVG
 * component only draws and the layout is tested in Node.
 */

export type LaneId = 'education' | 'positions' | 'publications' | 'events';

export interface TimelineLane {
  id: LaneId;
  label: string;
  y: number;
  height: number;
}

interface MarkBase {
  key: string;
  /** Short accessible name (<title>). */
  label: string;
  /** The longer accessible description (<desc>) and the hover/focus details line. */
  detail: string;
}

export interface TimelineBar extends MarkBase {
  type: 'bar';
  lane: 'education' | 'positions';
  x: number;
  y: number;
  width: number;
  height: number;
  /** Runs to the present: drawn hatched, with an open end. */
  open: boolean;
  /** Only the end is given: drawn fading in from the left, never as a one-year period. */
  unknownStart: boolean;
  /** The entry's name cut to fit inside the bar ('' when the bar is too short for any). */
  text: string;
}

export interface TimelinePublication extends MarkBase {
  type: 'publication';
  index: number;
  year: number;
  verdict: Verdict;
  x: number;
  y: number;
  size: number;
}

export interface TimelineTick extends MarkBase {
  type: 'tick';
  kind: 'award' | 'talk';
  x: number;
  y: number;
  height: number;
}

export type TimelineMark = TimelineBar | TimelinePublication | TimelineTick;

export interface TimelineLayout {
  width: number;
  height: number;
  from: number;
  to: number;
  axis: { year: number; x: number }[];
  axisY: number;
  lanes: TimelineLane[];
  /** Every mark in keyboard order: lanes top to bottom, each left to right. */
  marks: TimelineMark[];
  undated: { entries: number; publications: number; items: number };
  /** Publications per verdict, dated or not; a publication never looked up counts as not checked. */
  counts: Record<Verdict, number>;
}

export interface LayoutOptions {
  width?: number;
  /** The current date as a fractional year, for "present". */
  now: number;
}

const PAD_X = 8;
const LABEL_H = 14;
const ROW_H = 13;
/** Width of one character of the bars' 9px labels, generously: a label must never spill. */
const CHAR_W = 5.4;
/** How far back a bar whose start is not given fades in from. */
const UNKNOWN_SPAN = 2;
const ROW_GAP = 3;
const LANE_GAP = 8;
const AXIS_H = 18;
const MAX_STACK_H = 72;
const TICK_H = 10;

interface Period {
  entry: Entry;
  start: number;
  end: number;
  unknownStart: boolean;
}

function periodOf(entry: Entry, now: number): Period | null {
  const start = startOf(entry.start);
  const end = endOf(entry.end, now);
  if (start === null && end === null) return null;
  if (start === null) {
    // Only the end is known: a fade over a few years says "started some time before", where a
    // one-year bar would claim a one-year period.
    return { entry, start: (end as number) - UNKNOWN_SPAN, end: end as number, unknownStart: true };
  }
  // A start alone is drawn as one year so it stays visible and focusable.
  const e = end ?? start + 1;
  return { entry, start, end: Math.max(e, start + 1 / 12), unknownStart: false };
}

/** The label cut to what fits in `width` pixels, with an ellipsis; '' when not even a word fits. */
export function fitText(label: string, width: number): string {
  const room = Math.floor((width - 6) / CHAR_W);
  if (label.length <= room) return label;
  return room >= 4 ? `${label.slice(0, room - 1).trimEnd()}…` : '';
}

/** Greedy interval partitioning: each period goes on the first row it does not overlap. */
function assignRows(periods: Period[]): number[] {
  const rowEnds: number[] = [];
  return periods.map((period) => {
    let row = rowEnds.findIndex((end) => end <= period.start);
    if (row < 0) row = rowEnds.length;
    rowEnds[row] = period.end;
    return row;
  });
}

function axisStep(span: number): number {
  return [1, 2, 5, 10, 20].find((step) => span / step <= 8) ?? 50;
}

function entryLabel(entry: Entry): string {
  return [entry.title, entry.organization].filter(Boolean).join(', ') || entry.raw;
}

export function layoutTimeline(
  profile: Profile,
  scholar: ScholarPart | undefined,
  options: LayoutOptions,
): TimelineLayout {
  const width = options.width ?? 392;
  const now = options.now;
  const byIndex = new Map<number, ScholarPublication>((scholar?.publications ?? []).map((p) => [p.index, p]));

  const education = profile.education.map((e) => periodOf(e, now));
  const positions = profile.positions.map((e) => periodOf(e, now));
  const datedPubs = profile.publications
    .map((publication, index) => ({ publication, index }))
    .filter(({ publication }) => publication.year !== null);
  const events = [
    ...profile.awards.map((item) => ({ item, kind: 'award' as const })),
    ...profile.talks.map((item) => ({ item, kind: 'talk' as const })),
  ].filter(({ item }) => item.year !== null);

  const periods = [...education, ...positions].filter((p): p is Period => p !== null);
  const years = [
    ...periods.flatMap((p) => [p.start, p.end]),
    ...datedPubs.map(({ publication }) => publication.year as number),
    ...events.map(({ item }) => item.year as number),
  ];
  const from = years.length ? Math.floor(Math.min(...years)) : Math.floor(now) - 5;
  const to = Math.max(years.length ? Math.ceil(Math.max(...years)) : 0, Math.floor(now) + 1, from + 1);
  const inner = width - 2 * PAD_X;
  const xOf = (year: number): number => PAD_X + ((year - from) / (to - from)) * inner;
  const column = inner / (to - from);

  const lanes: TimelineLane[] = [];
  const marks: TimelineMark[] = [];
  let y = 0;

  const barLane = (id: 'education' | 'positions', label: string, list: (Period | null)[]): void => {
    const dated = list.filter((p): p is Period => p !== null).sort((a, b) => a.start - b.start);
    if (!dated.length) return;
    const rows = assignRows(dated);
    const height = LABEL_H + (Math.max(...rows) + 1) * (ROW_H + ROW_GAP);
    lanes.push({ id, label, y, height });
    dated.forEach((period, i) => {
      const { entry } = period;
      const when = periodText(entry.start, entry.end);
      const barWidth = Math.max(3, xOf(period.end) - xOf(period.start));
      marks.push({
        type: 'bar',
        key: `${id}-${i}`,
        lane: id,
        x: xOf(period.start),
        y: y + LABEL_H + (rows[i] as number) * (ROW_H + ROW_GAP),
        width: barWidth,
        height: ROW_H,
        open: entry.end === 'present',
        unknownStart: period.unknownStart,
        text: fitText(entryLabel(entry), barWidth),
        label: `${entryLabel(entry)}, ${when}`,
        detail: `${id === 'education' ? 'Education' : 'Position'}: ${entryLabel(entry)}${entry.location ? ` (${entry.location})` : ''}, ${when}${period.unknownStart ? ' (start not given)' : ''}`,
      });
    });
    y += height + LANE_GAP;
  };

  barLane('education', 'Education', education);
  barLane('positions', 'Positions', positions);

  // Counted over every publication, dated or not, for the legend.
  const verdictOf = (index: number): Verdict => byIndex.get(index)?.verdict ?? 'unchecked';
  const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  profile.publications.forEach((_, index) => (counts[verdictOf(index)] += 1));
  if (datedPubs.length) {
    const perYear = new Map<number, { index: number; verdict: Verdict }[]>();
    for (const { publication, index } of datedPubs) {
      const verdict = verdictOf(index);
      const list = perYear.get(publication.year as number) ?? [];
      list.push({ index, verdict });
      perYear.set(publication.year as number, list);
    }
    const tallest = Math.max(...[...perYear.values()].map((list) => list.length));
    const size = Math.max(3, Math.min(8, column - 2, Math.floor(MAX_STACK_H / tallest) - 1));
    const stackH = tallest * (size + 1);
    const height = LABEL_H + stackH;
    lanes.push({ id: 'publications', label: 'Publications', y, height });
    for (const year of [...perYear.keys()].sort((a, b) => a - b)) {
      const list = (perYear.get(year) ?? []).sort(
        (a, b) => VERDICTS.indexOf(a.verdict) - VERDICTS.indexOf(b.verdict) || a.index - b.index,
      );
      list.forEach(({ index, verdict }, level) => {
        const publication = profile.publications[index]!;
        const record = byIndex.get(index);
        const title = publication.title ?? publication.raw;
        const venue = [publication.venue, publication.year].filter((part) => part !== null).join(' ');
        marks.push({
          type: 'publication',
          key: `publication-${index}`,
          index,
          year,
          verdict,
          x: xOf(year + 0.5) - size / 2,
          // Stacked from the lane's bottom up, like a bar chart of publications per year.
          y: y + height - (level + 1) * (size + 1),
          size,
          label: `${title} (${year}), ${verdictLabel(verdict).text.toLowerCase()}`,
          detail: `${title}${venue ? ` — ${venue}` : ''}. ${recordText(record)}`,
        });
      });
    }
    y += height + LANE_GAP;
  }

  if (events.length) {
    const kinds = (['award', 'talk'] as const).filter((kind) => events.some((e) => e.kind === kind));
    const height = LABEL_H + kinds.length * (TICK_H + ROW_GAP);
    const label = kinds.length === 2 ? 'Awards and talks' : kinds[0] === 'award' ? 'Awards' : 'Talks';
    lanes.push({ id: 'events', label, y, height });
    kinds.forEach((kind, row) => {
      const ofKind = events
        .filter((e) => e.kind === kind)
        .sort((a, b) => (a.item.year as number) - (b.item.year as number));
      const seen = new Map<number, number>();
      ofKind.forEach(({ item }, i) => {
        const year = item.year as number;
        const nth = seen.get(year) ?? 0;
        seen.set(year, nth + 1);
        // Same-year items fan out inside their year so each stays visible and clickable.
        const offset = Math.min(column * 0.8, 16) * ((nth % 5) / 5);
        marks.push({
          type: 'tick',
          key: `${kind}-${i}`,
          kind,
          x: xOf(year) + column * 0.1 + offset,
          y: y + LABEL_H + row * (TICK_H + ROW_GAP),
          height: TICK_H,
          label: `${kind === 'award' ? 'Award' : 'Talk'}: ${itemText(item)} (${year})`,
          detail: `${kind === 'award' ? 'Award' : 'Talk'}, ${year}: ${itemText(item)}`,
        });
      });
    });
    y += height + LANE_GAP;
  }

  const axisY = y;
  const step = axisStep(to - from);
  const axis: { year: number; x: number }[] = [];
  for (let year = Math.ceil(from / step) * step; year <= to; year += step) axis.push({ year, x: xOf(year) });

  return {
    width,
    height: axisY + AXIS_H,
    from,
    to,
    axis,
    axisY,
    lanes,
    marks,
    undated: {
      entries: education.filter((p) => p === null).length + positions.filter((p) => p === null).length,
      publications: profile.publications.length - datedPubs.length,
      items: profile.awards.length + profile.talks.length - events.length,
    },
    counts,
  };
}

function itemText(item: Item): string {
  return item.text || item.raw;
}

/** The present as a fractional year. */
export function fractionalYear(date: Date): number {
  return date.getFullYear() + date.getMonth() / 12;
}
