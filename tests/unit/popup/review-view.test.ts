import { describe, expect, it } from 'vitest';
import { headerFacts } from '../../../components/popup/header-summary';
import { INITIAL_STATE, reducePopup, type PopupState } from '../../../components/popup/popup-state';
import {
  authorPosition,
  filterRows,
  publicationRows,
  verdictCounts,
} from '../../../components/publications/rows';
import type { AnalysisSummary } from '../../../utils/messages/types';
import type { Entry, Profile, Publication } from '../../../utils/profile/types';
import { SCHOLAR_PART_VERSION, type ScholarPart, type Verdict } from '../../../utils/scholar/types';
import { affiliationText } from '../../../utils/store/candidate-summary';
import { seedProfile } from '../../support/profiles';

const base = seedProfile('hayou', 'html');

function publication(authors: number, at: number | null, extra: Partial<Publication> = {}): Publication {
  return {
    title: `Paper ${authors}-${at}`,
    authors: Array.from({ length: authors }, (_, i) => `Author ${i}`),
    venue: 'ICML',
    year: 2022,
    kind: 'conference',
    status: 'published',
    candidateAuthorIndex: at,
    equalContribution: false,
    notes: [],
    doi: null,
    raw: `Paper ${authors}-${at}`,
    ...extra,
  };
}

function entry(title: string, organization: string, start: string | null, end: string | null): Entry {
  return { title, organization, location: null, start, end, raw: `${title}, ${organization}` };
}

const profile: Profile = {
  ...base,
  person: { ...base.person, affiliation: null },
  education: [entry('MSc', 'ENSAE', '2015', '2017'), entry('PhD in Statistics', 'Oxford', '2018', '2021')],
  positions: [
    entry('Researcher', 'Samsung', '2022', '2024-12'),
    entry('Intern', 'Bloomberg', '2017', '2017'),
  ],
  publications: [
    publication(3, 0, { equalContribution: true, doi: '10.1/x' }),
    publication(4, 3),
    publication(1, 0),
    publication(5, 1),
    publication(2, null),
  ],
};

function scholarWith(verdicts: Verdict[]): ScholarPart {
  const metrics = { works: 5, citations: 100, hIndex: 4, i10: 2, firstYear: 2020, latestYear: 2024 };
  return {
    version: SCHOLAR_PART_VERSION,
    authors: [],
    rejected: [],
    metrics: {
      ...metrics,
      citations: 120,
      bySource: {
        openalex: metrics,
        semanticscholar: { ...metrics, citations: 150, hIndex: 5 },
        dblp: { ...metrics, citations: null, hIndex: null },
      },
      basis: null,
    },
    publications: verdicts.map((verdict, index) => ({
      index,
      verdict,
      source: 'openalex',
      id: `W${index}`,
      doi: null,
      title: null,
      venue: 'ICML',
      year: 2022,
      citations: index * 10,
      url: index === 1 ? 'https://openalex.org/W1' : null,
      foundIn: ['openalex'],
      recordAuthors: [],
    })),
    sources: { openalex: 'ok', dblp: 'ok', semanticscholar: 'ok', orcid: 'not-asked', crossref: 'not-asked' },
    variants: [],
    requests: 3,
    fetchedAt: '2025-01-01T00:00:00Z',
  };
}

describe('headerFacts: the answer in one line', () => {
  it('names the doctorate and its year, the publications by author position and the citations with their source', () => {
    const facts = headerFacts(profile, scholarWith(['verified']), 2026);
    expect(facts.degree).toBe('PhD in Statistics, 2021 (5 years ago)');
    expect(facts.publications).toBe('5 publications: 2 first-author, 1 last-author');
    expect(facts.citations).toBe('150 citations, h 5 (Semantic Scholar)');
    // No position runs to the present and none is stated: no current role.
    expect(facts.role).toBeNull();
  });

  it('says an ongoing degree is ongoing, and leaves citations out before any look-up', () => {
    const studying = { ...profile, education: [entry('PhD in Physics', 'ETH', '2023', 'present')] };
    const facts = headerFacts(studying, undefined, 2026);
    expect(facts.degree).toBe('PhD in Physics, ongoing');
    expect(facts.citations).toBeNull();
  });

  it('falls back to the latest degree, and takes the current role from a position running to the present', () => {
    const noPhd: Profile = {
      ...profile,
      education: [entry('BSc', 'Lyon', '2010', '2013'), entry('MSc', 'ENS', '2013', '2015')],
      positions: [entry('Engineer', 'Google', '2020', 'present')],
    };
    const facts = headerFacts(noPhd, undefined, 2026);
    expect(facts.degree).toBe('MSc, 2015 (11 years ago)');
    expect(facts.role).toBe('Engineer, Google');
  });
});

describe('publicationRows, verdictCounts and filterRows', () => {
  const scholar = scholarWith(['verified', 'not-found', 'verified', 'venue-differs', 'not-found']);
  const rows = publicationRows(profile, scholar);

  it('gives each publication its author position, marks, citations, verdict and link', () => {
    expect(rows.map((r) => r.position)).toEqual(['1st of 3', 'last of 4', 'sole author', '2nd of 5', null]);
    expect(rows[0]).toMatchObject({
      firstAuthor: true,
      equalContribution: true,
      href: 'https://doi.org/10.1/x',
    });
    expect(rows[1]).toMatchObject({
      lastAuthor: true,
      verdict: 'not-found',
      href: 'https://openalex.org/W1',
    });
    expect(rows[3]?.citations).toBe(30);
  });

  it('counts each verdict present, in the vocabulary order', () => {
    expect(verdictCounts(rows)).toEqual([
      { verdict: 'verified', count: 2 },
      { verdict: 'venue-differs', count: 1 },
      { verdict: 'not-found', count: 2 },
    ]);
  });

  it('keeps only the chosen verdict, or everything when none is chosen', () => {
    expect(filterRows(rows, 'not-found').map((r) => r.index)).toEqual([1, 4]);
    expect(filterRows(rows, 'ambiguous')).toEqual([]);
    expect(filterRows(rows, null)).toHaveLength(5);
  });

  it('while the look-up runs, a publication with no record yet is waiting, not unchecked', () => {
    expect(publicationRows(profile, undefined, true).every((r) => r.verdict === null)).toBe(true);
    expect(publicationRows(profile, undefined, false).every((r) => r.verdict === 'unchecked')).toBe(true);
    expect(verdictCounts(publicationRows(profile, undefined, true))).toEqual([]);
  });

  it('says 11th, 12th and 13th, not 11st', () => {
    expect(authorPosition(publication(20, 10))).toBe('11th of 20');
    expect(authorPosition(publication(30, 21))).toBe('22nd of 30');
  });
});

describe('affiliationText', () => {
  it('shows a position as current only while it runs; an ended one says until when', () => {
    expect(affiliationText(profile)).toBe('Samsung, until 2024-12');
    const current = {
      ...profile,
      positions: [...profile.positions, entry('Lecturer', 'UCL', '2025', 'present')],
    };
    expect(affiliationText(current)).toBe('UCL');
    const stated = { ...profile, person: { ...profile.person, affiliation: 'Mila' } };
    expect(affiliationText(stated)).toBe('Mila');
  });
});

describe('reducePopup: the profile before the look-up has answered', () => {
  const summary: AnalysisSummary = {
    kind: 'analysis',
    tabId: 7,
    url: 'https://example.org/cv.html',
    profile,
    headings: [],
    candidateId: 'c1',
    fromCache: false,
    merged: false,
    offline: false,
  };

  it('shows the read profile while looking up, fills in sources as they report, then the finished one', () => {
    let state: PopupState = reducePopup(INITIAL_STATE, { type: 'tab', tabId: 7 });
    state = reducePopup(state, {
      type: 'event',
      event: { type: 'analysis-progress', tabId: 7, stage: 'looking-up' },
    });
    state = reducePopup(state, { type: 'read', summary });
    expect(state).toMatchObject({ view: 'ready', lookingUp: true });
    state = reducePopup(state, {
      type: 'event',
      event: { type: 'source-progress', tabId: 7, source: 'openalex', status: 'ok' },
    });
    expect(state).toMatchObject({ lookingUp: true, sources: { openalex: 'ok' } });
    const done = { ...summary, profile: { ...profile, scholar: scholarWith(['verified']) } };
    state = reducePopup(state, { type: 'reply', reply: { ok: true, value: done } });
    expect(state).toMatchObject({ view: 'ready', lookingUp: false, sources: { openalex: 'ok' } });
    // A read profile arriving after the finished one does not replace it.
    expect(reducePopup(state, { type: 'read', summary })).toBe(state);
  });
});
