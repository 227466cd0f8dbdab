import { describe, expect, it } from 'vitest';
import {
  authorship,
  compareColumn,
  kindsUsed,
  maxPerYear,
  perYear,
  sharedYears,
} from '../../../components/sidepanel/logic/compare-metrics';
import { readTruth } from '../../support/fixtures';
import { seedProfile } from '../../support/profiles';
import { recordOf, scholarPart } from './records';

const NOW = new Date('2025-06-01T00:00:00Z');

describe('compareColumn on real profiles', () => {
  const hayou = seedProfile('hayou', 'html');
  const elesedy = seedProfile('elesedy', 'html');

  it('counts years since the PhD from the doctorate entry', () => {
    expect(compareColumn(recordOf('h', hayou), NOW)).toMatchObject({ phdYear: 2021, yearsSincePhd: 4 });
    // A DPhil counts as the doctorate, not the later MSc.
    expect(compareColumn(recordOf('e', elesedy), NOW)).toMatchObject({ phdYear: 2023, yearsSincePhd: 2 });
  });

  it('counts publications per year by kind, matching the truth file', () => {
    const truth = readTruth('hayou');
    const { years, undated } = perYear(hayou);
    expect(years.reduce((n, y) => n + y.total, 0) + undated).toBe(truth.publications.length);
    for (const year of years) {
      const expected = truth.publications.filter((p) => p.year === year.year);
      expect(year.total).toBe(expected.length);
      for (const [kind, n] of Object.entries(year.byKind)) {
        expect(n).toBe(expected.filter((p) => p.kind === kind).length);
      }
    }
    expect(years.map((y) => y.year)).toEqual([...years.map((y) => y.year)].sort());
  });

  it('reads the verified share and the figures per source from the scholar results', () => {
    const scholar = scholarPart(hayou, {
      citations: 1500,
      hIndex: 14,
      verified: 18,
      bySource: { openalex: [1500, 14], semanticscholar: [1320, 13] },
    });
    const column = compareColumn(recordOf('h', hayou, { scholar }), NOW);
    expect(column.verified).toBe(18);
    expect(column.verifiedShare).toBeCloseTo(18 / 24);
    expect(column.citations).toBe(1500);
    expect(column.bySource).toEqual([
      { source: 'openalex', citations: 1500, hIndex: 14, works: 24 },
      { source: 'semanticscholar', citations: 1320, hIndex: 13, works: 24 },
    ]);
  });

  it('leaves scholar figures empty for a candidate never looked up', () => {
    const column = compareColumn(recordOf('h', hayou), NOW);
    expect(column).toMatchObject({
      verified: null,
      verifiedShare: null,
      citations: null,
      hIndex: null,
      bySource: [],
    });
  });

  it('lists positions and flags as stored, leaving out name variants (shown with the name)', () => {
    const variant = {
      kind: 'name-variant' as const,
      severity: 'info' as const,
      message: 'Also published as Bryn Elesedy',
    };
    const duplicate = {
      kind: 'duplicate-publication' as const,
      severity: 'info' as const,
      message: 'Listed twice',
    };
    const column = compareColumn(recordOf('e', elesedy, { flags: [variant, duplicate] }), NOW);
    expect(column.positions.length).toBe(readTruth('elesedy').positions.length);
    expect(column.flags).toEqual([duplicate]);
  });

  it('says an ended position is ended', () => {
    const column = compareColumn(recordOf('e', elesedy), NOW);
    expect(column.affiliation).toMatch(/, until \d{4}/);
  });
});

describe('authorship', () => {
  it('counts first, last and sole authorship from candidateAuthorIndex', () => {
    const profile = seedProfile('hayou', 'html');
    const pubs = profile.publications.slice(0, 4).map((p, i) => ({
      ...p,
      authors: i === 3 ? ['Soufiane Hayou'] : ['A One', 'B Two', 'Soufiane Hayou'],
      candidateAuthorIndex: [0, 2, null, 0][i]!,
    }));
    expect(authorship({ ...profile, publications: pubs })).toEqual({
      firstAuthor: 2,
      lastAuthor: 1,
      soleAuthor: 1,
      authorUnknown: 1,
    });
  });
});

describe('shared axes', () => {
  it('spans every compared candidate’s years, with one legend and one scale', () => {
    const columns = [
      compareColumn(recordOf('h', seedProfile('hayou', 'html')), NOW),
      compareColumn(recordOf('e', seedProfile('elesedy', 'html')), NOW),
      compareColumn(recordOf('m', seedProfile('elmhamdi', 'html')), NOW),
    ];
    const years = sharedYears(columns);
    expect(years[0]).toBe(2017);
    expect(years[years.length - 1]).toBe(2024);
    expect(years.length).toBe(8);
    expect(kindsUsed(columns)).toEqual(
      expect.arrayContaining(['conference', 'preprint', 'thesis', 'workshop']),
    );
    expect(maxPerYear(columns)).toBeGreaterThanOrEqual(1);
    expect(sharedYears([])).toEqual([]);
  });
});
