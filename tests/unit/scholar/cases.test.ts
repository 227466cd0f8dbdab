/**
 * The scenario suite: one constructed case per way the scholar stage used to mislead a
 * committee (tests/fixtures/scholar/cases/*.json, in the APIs' real response shapes). Each
 * asserts which author records are accepted and rejected, and every publication's verdict.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, type Profile, type PublicationKind } from '../../../utils/model/profile';
import { nothingChecked } from '../../../utils/scholar/checked';
import { lookupScholar } from '../../../utils/scholar/lookup';
import type { ScholarPart, ScholarSettings, Verdict } from '../../../utils/model/scholar';
import { SOURCE_IDS } from '../../../utils/model/scholar';
import { REPO } from '../../support/fixtures';
import type { SeedId } from '../../support/fixtures';
import {
  loadScenarios,
  type MockFault,
  type MockPrefix,
  type ScenarioData,
} from '../../support/mock-scholar-server';
import { fakeFetch, parsedSeed, testDeps } from './helpers';

interface CvSpec {
  name: string;
  variants: string[];
  affiliation: string | null;
  organisations: string[];
  publications: {
    title: string;
    authors: string[];
    venue: string | null;
    year: number | null;
    kind: PublicationKind;
    doi: string | null;
  }[];
}

interface Case {
  _made: string;
  case: string;
  /** The CV: a constructed one, or a seed's (whose scenario the case's records are added to). */
  cv?: CvSpec;
  seed?: SeedId;
  apis: ScenarioData;
  settings?: Partial<ScholarSettings>;
  expect: {
    accepted: string[];
    rejected: Record<string, 'another-person' | 'undetermined'>;
    verdicts: Verdict[];
  };
}

const DIR = path.join(REPO, 'tests/fixtures/scholar/cases');

function load(name: string): Case {
  return JSON.parse(fs.readFileSync(path.join(DIR, `${name}.json`), 'utf8')) as Case;
}

/** The profile the CV of a case would parse to: the person, where they worked, their publications. */
function profileOf(cv: CvSpec): Profile {
  return {
    schemaVersion: SCHEMA_VERSION,
    source: { kind: 'html', url: 'https://example.org/cv.html', title: cv.name, pages: null },
    documentKind: 'cv',
    person: {
      name: cv.name,
      nameVariants: cv.variants.map((name) => ({ name, evidence: 'constructed' })),
      emails: [],
      links: [],
      affiliation: cv.affiliation,
    },
    education: [],
    positions: cv.organisations.map((organization) => ({
      title: 'Researcher',
      organization,
      location: null,
      start: '2020',
      end: 'present',
      raw: organization,
    })),
    publications: cv.publications.map((p) => ({
      ...p,
      status: 'published',
      candidateAuthorIndex: p.authors.indexOf(cv.name),
      equalContribution: false,
      notes: [],
      raw: `${p.authors.join(', ')}. ${p.title}. ${p.venue ?? ''} ${p.year ?? ''}`,
    })),
    awards: [],
    talks: [],
    teaching: [],
    service: [],
    skills: [],
    flags: [],
  };
}

/** The seed's own scenario with the case's records added to each API. */
function seedData(apis: ScenarioData): ScenarioData {
  const data = loadScenarios();
  data.openalex.authors.push(...apis.openalex.authors);
  data.openalex.works.push(...apis.openalex.works);
  data.semanticscholar.authors.push(...apis.semanticscholar.authors);
  data.semanticscholar.papers.push(...apis.semanticscholar.papers);
  data.dblp.hits.push(...apis.dblp.hits);
  Object.assign(data.orcid.records, apis.orcid.records);
  data.crossref.items.push(...apis.crossref.items);
  return data;
}

function cvOf(c: Case): CvSpec {
  if (!c.cv) throw new Error(`case "${c.case}" has neither a CV nor a seed`);
  return c.cv;
}

async function run(
  c: Case,
  options: { faults?: Partial<Record<MockPrefix, MockFault>>; settings?: Partial<ScholarSettings> } = {},
) {
  const fake = fakeFetch({ data: c.seed ? seedData(c.apis) : c.apis, faults: options.faults });
  const profile = c.seed ? parsedSeed(c.seed) : profileOf(cvOf(c));
  const part = await lookupScholar(
    profile,
    testDeps(fake, { settings: { ...c.settings, ...options.settings } }),
  );
  return { part, fake };
}

const key = (r: { source: string; id: string }): string => `${r.source}:${r.id}`;

/** The case's own expectations: exactly these records accepted, these rejected, these verdicts. */
function expectCase(part: ScholarPart, c: Case): void {
  expect(part.authors.map(key).sort()).toEqual([...c.expect.accepted].sort());
  expect(Object.fromEntries(part.rejected.map((r) => [key(r), r.kind]))).toEqual(c.expect.rejected);
  expect(part.publications.map((p) => p.verdict)).toEqual(c.expect.verdicts);
}

const CASES = fs
  .readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''));

describe('scenario suite: every case is labelled as constructed and meets its own expectations', () => {
  it.each(CASES)('%s', async (name) => {
    const c = load(name);
    expect(c._made).toMatch(/^constructed/);
    const { part, fake } = await run(c);
    expectCase(part, c);
    expect(fake.calls.length).toBeLessThanOrEqual(12);
  });
});

describe('namesakes are not merged', () => {
  it('one short shared title: the chemist is another person, and her ORCID is never asked', async () => {
    const c = load('homonym-one-title');
    const { part, fake } = await run(c);
    expect(fake.calls.some((call) => call.url.includes('0000-0009-9000-0002'))).toBe(false);
    expect(part.rejected.find((r) => r.id === 'A5300000002')?.reason).toMatch(/short or common CV title/);
    expect(part.metrics.hIndex).toBe(7);
    expect(part.metrics.citations).toBeLessThan(1000);
  });

  it("the real person's ORCID record is kept when its works list is empty, dropped when it shows only others' works", async () => {
    const c = load('homonym-one-title');
    const record = c.apis.orcid.records['0000-0003-3000-0001']!;
    const emptied: Case = structuredClone(c);
    (emptied.apis.orcid.records['0000-0003-3000-0001']!.works as { group: unknown[] }).group = [];
    const empty = await run(emptied);
    expect(empty.part.authors.map(key)).toContain('orcid:0000-0003-3000-0001');
    const foreign: Case = structuredClone(c);
    // The chemist's works but "Stable ResNet": four papers none of which is on the CV.
    const chemistry = c.apis.orcid.records['0000-0009-9000-0002']!.works as { group: unknown[] };
    foreign.apis.orcid.records['0000-0003-3000-0001'] = {
      ...record,
      works: { ...chemistry, group: chemistry.group.slice(1) },
    };
    const other = await run(foreign);
    expect(other.part.rejected.find((r) => r.source === 'orcid')?.reason).toMatch(
      /none of its 4 works is on the CV/,
    );
  });

  it('on the Hayou CV: the h-116 namesake is not merged, its ORCID never asked, the merged h-index stays 14', async () => {
    const { part, fake } = await run(load('hayou-namesakes'));
    expect(fake.calls.some((call) => call.url.includes('0000-0001-9999-0001'))).toBe(false);
    expect(part.metrics.hIndex).toBe(14);
    expect(part.metrics.bySource.openalex).toMatchObject({ works: 23, hIndex: 13 });
  });

  it("DBLP's 0001 and 0002 are two people: common co-author names do not merge 0002", async () => {
    const { part } = await run(load('dblp-numbered-homonyms'));
    expect(part.rejected[0]?.reason).toMatch(/DBLP numbers it as one of several people/);
  });

  it('a prolific namesake listed first does not push the real person out: one works fetch per record', async () => {
    const c = load('prolific-namesake-first');
    const { part, fake } = await run(c);
    const works = fake.calls.filter((call) => call.url.includes('/openalex/works?'));
    expect(works.map((call) => decodeURIComponent(call.url)).sort()).toEqual([
      expect.stringContaining('author.id:A5300000001&'),
      expect.stringContaining('author.id:A5300000003&'),
    ]);
    expect(part.authors[0]?.reason).toMatch(/5 of 5 CV titles/);
  });

  it('a record whose works could not be fetched is undetermined, never another person', async () => {
    const c = load('prolific-namesake-first');
    // Budget for the searches only: no works fetch fits.
    const { part } = await run(c, { settings: { maxRequests: 3 } });
    expect(part.authors).toEqual([]);
    expect(part.rejected.map((r) => r.kind)).toEqual(['undetermined', 'undetermined']);
    expect(part.rejected[0]?.reason).toMatch(/undetermined/);
  });
});

describe("someone else's paper is never verified", () => {
  it('a borrowed DOI is "authorship differs" and adds nothing to the metrics', async () => {
    const c = load('famous-paper-by-doi');
    const { part } = await run(c);
    const borrowed = part.publications[5]!;
    expect(borrowed).toMatchObject({ verdict: 'authorship-differs', citations: null });
    expect(borrowed.recordAuthors).toContain('Ashish Vaswani');
    const without = await run({ ...c, cv: { ...cvOf(c), publications: cvOf(c).publications.slice(0, 5) } });
    expect(part.metrics).toEqual(without.part.metrics);
    expect(part.metrics.citations).toBeLessThan(1000);
  });

  it('a namesake\'s paper in Crossref is "authorship differs", not "venue differs"', async () => {
    const { part } = await run(load('namesake-paper-in-crossref'));
    expect(part.publications[5]).toMatchObject({
      verdict: 'authorship-differs',
      source: 'crossref',
      recordAuthors: ['Karim Castellanos', 'Laura Benet'],
    });
  });
});

describe('offline, failing, switched off or over budget: unchecked, never "not found"', () => {
  const c = load('homonym-one-title');
  const everywhere = (fault: MockFault) =>
    Object.fromEntries(['openalex', 'dblp', 's2', 'orcid', 'crossref'].map((p) => [p, fault])) as Record<
      MockPrefix,
      MockFault
    >;
  it.each([
    ['every source hangs', { faults: everywhere('hang') }],
    ['every source answers 503', { faults: everywhere('503') }],
    ['every source answers 429', { faults: everywhere('429') }],
    [
      'every source switched off',
      {
        settings: {
          enabled: { openalex: false, dblp: false, semanticscholar: false, orcid: false, crossref: false },
        },
      },
    ],
    ['no request allowed', { settings: { maxRequests: 0 } }],
  ] as const)('%s', async (_, options) => {
    const { part } = await run(c, options);
    expect(part.publications.map((p) => p.verdict)).toEqual(cvOf(c).publications.map(() => 'unchecked'));
    expect(part.authors).toEqual([]);
    expect(nothingChecked(part)).toBe(true);
    expect(SOURCE_IDS.every((id) => part.sources[id] !== 'ok')).toBe(true);
  });

  it('only Crossref answers: not found where it was asked, unchecked where its cap or the budget ran out', async () => {
    const c = load('namesake-paper-in-crossref');
    const down = { openalex: 'hang', dblp: 'hang', s2: 'hang' } as const;
    // Crossref is asked about two publications per look-up (its cap): the others stay unchecked.
    const capped = await run(c, { faults: down });
    expect(capped.part.publications.map((p) => p.verdict)).toEqual([
      'not-found',
      'not-found',
      ...cvOf(c)
        .publications.slice(2)
        .map(() => 'unchecked'),
    ]);
    expect(nothingChecked(capped.part)).toBe(false);
    // Three requests go to the hanging sources, one is left for Crossref.
    const budget = await run(c, { faults: down, settings: { maxRequests: 4 } });
    expect(budget.part.publications.map((p) => p.verdict)).toEqual([
      'not-found',
      ...cvOf(c)
        .publications.slice(1)
        .map(() => 'unchecked'),
    ]);
  });

  it('sources never asked say so, not "ok"', async () => {
    const { part } = await run(c, { settings: { maxRequests: 0 } });
    expect(part.sources).toEqual({
      openalex: 'not-asked',
      dblp: 'not-asked',
      semanticscholar: 'not-asked',
      orcid: 'not-asked',
      crossref: 'not-asked',
    });
  });
});

describe('venues and titles from data', () => {
  it('aliases agree, look-alike journals do not, and a title with another content word is another paper', async () => {
    const c = load('venue-aliases');
    const { part } = await run(c);
    // The survey: the candidate's record is on federated *un*learning: not this paper.
    expect(part.publications[12]).toMatchObject({ verdict: 'not-found', id: null });
    expect(part.publications[5]).toMatchObject({ verdict: 'verified', source: 'dblp', venue: 'DPFM@ICLR' });
  });
});

describe('metrics explain themselves', () => {
  it('merged figures are never below a single source, and say what they cover', async () => {
    const { part } = await run(load('venue-aliases'));
    for (const m of Object.values(part.metrics.bySource)) {
      expect(part.metrics.works).toBeGreaterThanOrEqual(m.works);
      if (m.hIndex !== null) expect(part.metrics.hIndex).toBeGreaterThanOrEqual(m.hIndex);
      if (m.citations !== null) expect(part.metrics.citations).toBeGreaterThanOrEqual(m.citations);
    }
    expect(part.metrics.basis).toEqual({
      records: 3,
      works: 13,
      sources: ['openalex', 'dblp', 'semanticscholar'],
    });
    // Semantic Scholar lists one paper but an h-index of 9: at least 9 works, not 1.
    expect(part.metrics.bySource.semanticscholar).toMatchObject({ works: 9, hIndex: 9 });
  });
});

describe('manners', () => {
  it('sends the configured User-Agent, and the contact address to OpenAlex and Crossref', async () => {
    const c = load('venue-aliases');
    const { fake, part } = await run(c);
    expect(fake.calls.every((call) => call.headers['user-agent'] === c.settings?.userAgent)).toBe(true);
    const openalex = fake.calls.filter((call) => call.url.includes('/openalex/'));
    expect(openalex.length).toBeGreaterThan(0);
    expect(openalex.every((call) => call.url.includes('mailto=committee%40example.org'))).toBe(true);
    const crossref = fake.calls.filter((call) => call.url.includes('/crossref/'));
    expect(crossref.length).toBeGreaterThan(0);
    expect(crossref.every((call) => call.url.includes('mailto=committee%40example.org'))).toBe(true);
    // No ORCID iD anywhere: ORCID was not asked, and says so.
    expect(part.sources.orcid).toBe('not-asked');
  });
});
