import { describe, expect, it } from 'vitest';
import {
  fitText,
  layoutTimeline,
  type TimelineBar,
  type TimelinePublication,
} from '../../../components/timeline/layout';
import { endOf, startOf } from '../../../components/timeline/dates';
import type { Profile } from '../../../utils/profile/types';
import {
  SCHOLAR_PART_VERSION,
  type ScholarPart,
  type ScholarPublication,
  type Verdict,
} from '../../../utils/scholar/types';
import { seedProfile } from '../../support/profiles';

const NOW = 2025.5;

function scholarFor(profile: Profile, verdicts: Record<number, Verdict>): ScholarPart {
  const metrics = { works: 0, citations: 0, hIndex: 0, i10: 0, firstYear: null, latestYear: null };
  const publications: ScholarPublication[] = Object.entries(verdicts).map(([index, verdict]) => ({
    index: Number(index),
    verdict,
    source: 'openalex',
    id: `W${index}`,
    doi: null,
    title: profile.publications[Number(index)]?.title ?? null,
    venue: 'arXiv',
    year: 2023,
    citations: 7,
    url: null,
    foundIn: ['openalex', 'dblp'],
    recordAuthors: [],
  }));
  return {
    version: SCHOLAR_PART_VERSION,
    authors: [],
    rejected: [],
    metrics: { ...metrics, bySource: {}, basis: null },
    publications,
    sources: { openalex: 'ok', dblp: 'ok', semanticscholar: 'ok', orcid: 'ok', crossref: 'ok' },
    variants: [],
    requests: 0,
    fetchedAt: '2025-01-01T00:00:00Z',
  };
}

describe('dates', () => {
  it('reads bare years and months, ends inclusive', () => {
    expect(startOf('2017')).toBe(2017);
    expect(startOf('2019-07')).toBeCloseTo(2019.5);
    expect(endOf('2021', NOW)).toBe(2022);
    expect(endOf('2019-09', NOW)).toBeCloseTo(2019.75);
    expect(endOf('present', NOW)).toBe(NOW);
    expect(startOf('Current')).toBeNull();
  });
});

describe('fitText', () => {
  it('keeps what fits and cuts the rest with an ellipsis, or gives nothing', () => {
    expect(fitText('PhD, EPFL', 200)).toBe('PhD, EPFL');
    expect(fitText('PhD in Statistics & Machine Learning', 60)).toBe('PhD in St…');
    expect(fitText('PhD in Statistics', 20)).toBe('');
  });
});

describe('an entry whose start is not given', () => {
  const base = seedProfile('hayou', 'html');
  const phd = {
    title: 'PhD',
    organization: 'EPFL',
    location: null,
    start: null,
    end: '2019',
    raw: 'PhD, EPFL, 2019',
  };
  const profile: Profile = {
    ...base,
    education: [phd],
    positions: [],
    publications: [],
    awards: [],
    talks: [],
  };
  const layout = layoutTimeline(profile, undefined, { width: 392, now: NOW });
  const bar = layout.marks.find((m): m is TimelineBar => m.type === 'bar')!;

  it('is drawn as unknown (fading in over years), not as a one-year period', () => {
    expect(bar.unknownStart).toBe(true);
    const year = (layout.width - 16) / (layout.to - layout.from);
    expect(bar.width).toBeGreaterThan(1.5 * year);
    expect(bar.detail).toMatch(/start not given/);
    expect(bar.label).toMatch(/PhD, EPFL, 2019/);
  });
});

describe('layoutTimeline on the hayou seed', () => {
  const profile = seedProfile('hayou', 'html');
  const scholar = scholarFor(profile, { 0: 'verified', 1: 'venue-differs', 2: 'not-found', 3: 'ambiguous' });
  const layout = layoutTimeline(profile, scholar, { width: 392, now: NOW });
  const bars = layout.marks.filter((m): m is TimelineBar => m.type === 'bar');
  const pubs = layout.marks.filter((m): m is TimelinePublication => m.type === 'publication');

  it('spans the CV from its first date to now', () => {
    expect(layout.from).toBe(2013);
    expect(layout.to).toBe(2026);
    expect(layout.lanes.map((l) => l.id)).toEqual(['education', 'positions', 'publications']);
  });

  it('draws every dated entry as a bar inside the chart, the current ones open-ended', () => {
    expect(bars.filter((b) => b.lane === 'education')).toHaveLength(profile.education.length);
    expect(bars.filter((b) => b.lane === 'positions')).toHaveLength(profile.positions.length);
    for (const bar of bars) {
      expect(bar.x).toBeGreaterThanOrEqual(0);
      expect(bar.x + bar.width).toBeLessThanOrEqual(layout.width + 0.001);
    }
    expect(bars.filter((b) => b.open).map((b) => b.label)).toEqual([
      expect.stringContaining('National University of Singapore'),
      expect.stringContaining('Simons Institute'),
    ]);
  });

  it('labels each bar inside it with as much of its entry as fits, never spilling', () => {
    expect(bars.some((b) => b.text.length > 0)).toBe(true);
    for (const bar of bars) {
      if (!bar.text) continue;
      expect(bar.label.startsWith(bar.text.replace(/…$/, ''))).toBe(true);
      expect(bar.text.length * 5.4).toBeLessThanOrEqual(bar.width);
    }
  });

  it('never draws two overlapping bars on one row', () => {
    for (const a of bars) {
      for (const b of bars) {
        if (a === b || a.y !== b.y) continue;
        expect(a.x + a.width <= b.x + 0.001 || b.x + b.width <= a.x + 0.001).toBe(true);
      }
    }
  });

  it('stacks one mark per dated publication in its year, coloured by verdict', () => {
    const dated = profile.publications.filter((p) => p.year !== null);
    expect(pubs).toHaveLength(dated.length);
    expect(pubs.find((p) => p.index === 0)?.verdict).toBe('verified');
    expect(pubs.find((p) => p.index === 1)?.verdict).toBe('venue-differs');
    expect(pubs.find((p) => p.index === 2)?.verdict).toBe('not-found');
    expect(pubs.find((p) => p.index === 3)?.verdict).toBe('ambiguous');
    expect(pubs.find((p) => p.index === 4)?.verdict).toBe('unchecked');
    expect(layout.counts).toEqual({
      verified: 1,
      'preprint-found': 0,
      'year-differs': 0,
      'venue-differs': 1,
      'authorship-differs': 0,
      ambiguous: 1,
      'not-found': 1,
      unchecked: profile.publications.length - 4,
    });
    const perYear = new Map<number, TimelinePublication[]>();
    for (const p of pubs) perYear.set(p.year, [...(perYear.get(p.year) ?? []), p]);
    for (const [year, marks] of perYear) {
      expect(marks).toHaveLength(dated.filter((p) => p.year === year).length);
      expect(new Set(marks.map((m) => m.y)).size).toBe(marks.length);
      expect(new Set(marks.map((m) => m.x)).size).toBe(1);
    }
  });

  it('describes each mark in words for hover, focus and screen readers', () => {
    expect(pubs.find((p) => p.index === 1)?.detail).toMatch(
      /Venue differs: the record says arXiv, 2023 \(OpenAlex, DBLP\), 7 citations/,
    );
    expect(new Set(layout.marks.map((m) => m.key)).size).toBe(layout.marks.length);
    for (const mark of layout.marks) expect(mark.label.length).toBeGreaterThan(5);
  });

  it('orders marks lane by lane for the keyboard', () => {
    const order = layout.marks.map((m) => (m.type === 'bar' ? m.lane : m.type));
    expect(order.lastIndexOf('education')).toBeLessThan(order.indexOf('positions'));
    expect(order.lastIndexOf('positions')).toBeLessThan(order.indexOf('publication'));
  });
});

describe('layoutTimeline edge cases', () => {
  it('draws awards and talks as ticks and counts what it cannot place', () => {
    const base = seedProfile('elmhamdi', 'html');
    const profile: Profile = {
      ...base,
      awards: [
        { text: 'Best paper', year: 2019, raw: 'Best paper, 2019' },
        { text: 'Undated prize', year: null, raw: 'Undated prize' },
      ],
      talks: [
        { text: 'Talk A', year: 2021, raw: 'Talk A, 2021' },
        { text: 'Talk B', year: 2021, raw: 'Talk B, 2021' },
      ],
    };
    const layout = layoutTimeline(profile, undefined, { now: NOW });
    const ticks = layout.marks.filter((m) => m.type === 'tick');
    expect(ticks).toHaveLength(3);
    expect(layout.lanes.at(-1)?.label).toBe('Awards and talks');
    expect(layout.undated.items).toBe(1);
    const [a, b] = ticks.filter((t) => t.label.includes('Talk'));
    expect(a!.x).not.toBe(b!.x);
  });

  it('gives an empty profile an empty chart', () => {
    const empty: Profile = {
      ...seedProfile('hayou', 'html'),
      education: [],
      positions: [],
      publications: [],
    };
    const layout = layoutTimeline(empty, undefined, { now: NOW });
    expect(layout.marks).toEqual([]);
    expect(layout.to).toBeGreaterThan(layout.from);
  });
});
