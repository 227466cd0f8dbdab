import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Run } from '../../../utils/document/types';
import type { Publication } from '../../../utils/model/profile';
import { PUBLICATION_KINDS, PUBLICATION_STATUSES } from '../../../utils/model/profile';
import { analysePublications } from '../../../utils/publications/index';
import { entryParser, parsePublication } from '../../../utils/publications/parse-publication';

const RUNS = { numRuns: 200 };
const KINDS: readonly string[] = PUBLICATION_KINDS;
const STATUSES = [...PUBLICATION_STATUSES, null];

/** The raw text cut into styled runs at random places, as the acquirers hand it over. */
function runsOf(raw: string, cuts: number[], styles: boolean[]): Run[] {
  const points = [...new Set([0, ...cuts.map((c) => c % (raw.length + 1)), raw.length])].sort(
    (a, b) => a - b,
  );
  return points.slice(1).map((end, i) => ({
    text: raw.slice(points[i], end),
    bold: styles[i] ?? false,
    italic: styles[i + 1] ?? false,
    href: null,
  }));
}

const piece = fc.oneof(
  fc.constantFrom('Ada Lovelace', 'A. Lovelace*', 'Turing, A.', 'and', 'et al.', '&', '†', 'Lê Nguyễn Hoàng'),
  fc.constantFrom('“On Kernels”', 'Deep Learning Theory.', 'In Proceedings of NeurIPS', 'arXiv:2402.01234'),
  fc.constantFrom('ICML 2019', '(2021)', 'Vol. 12, pp. 1–20', 'doi:10.1000/xyz', 'Spotlight', 'submitted'),
  fc.constantFrom(', ', '. ', '; ', ' (', ') ', ' – ', '[1] ', '\u00a0'),
  fc.integer({ min: 0, max: 99_999 }).map(String),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
);

const input = fc
  .record({
    raw: fc.array(piece, { maxLength: 16 }).map((p) => p.join('')),
    cuts: fc.array(fc.nat(), { maxLength: 5 }),
    styles: fc.array(fc.boolean(), { maxLength: 7 }),
    sectionHint: fc.constantFrom(null, 'Publications', 'Preprints', 'Workshop papers', 'Theses', ''),
  })
  .map(({ raw, cuts, styles, sectionHint }) => ({ raw, runs: runsOf(raw, cuts, styles), sectionHint }));

function expectContract(p: Publication, raw: string): void {
  expect(p.raw).toBe(raw);
  expect(p.title === null || typeof p.title === 'string').toBe(true);
  expect(p.venue === null || typeof p.venue === 'string').toBe(true);
  expect(p.doi === null || typeof p.doi === 'string').toBe(true);
  expect(p.authors.every((a) => typeof a === 'string' && a.length > 0)).toBe(true);
  expect(p.notes.every((n) => typeof n === 'string')).toBe(true);
  expect(KINDS).toContain(p.kind);
  expect(STATUSES).toContain(p.status);
  expect(typeof p.equalContribution).toBe('boolean');
  if (p.year !== null) expect(Number.isInteger(p.year) && p.year >= 1500 && p.year <= 2099).toBe(true);
  if (p.candidateAuthorIndex !== null) {
    expect(Number.isInteger(p.candidateAuthorIndex)).toBe(true);
    expect(p.candidateAuthorIndex).toBeGreaterThanOrEqual(0);
    expect(p.candidateAuthorIndex).toBeLessThan(p.authors.length);
  }
}

describe('reference parser, on any entry', () => {
  it('never throws and keeps to the Publication contract', () => {
    fc.assert(
      fc.property(input, (entry) => expectContract(parsePublication(entry), entry.raw)),
      RUNS,
    );
  });

  it('keeps to it on runs that do not match the raw text, and on huge entries', () => {
    const odd = [
      { raw: 'Ada Lovelace. On Kernels. ICML 2019.', runs: [], sectionHint: null },
      { raw: '', runs: [{ text: 'Bold only', bold: true, italic: false, href: null }], sectionHint: null },
      { raw: `${'Ab Cd, '.repeat(1500)}. NeurIPS 2020.`, runs: [], sectionHint: null },
      { raw: `Ada Lovelace. ${'Word '.repeat(2000)}. ICML 2019.`, runs: [], sectionHint: 'Publications' },
      // A title span cut at a quote inside the entry's first token (found with FC_SEED=1336360327).
      {
        raw: '"?"“On Kernels”',
        runs: [{ text: '"?"“On Kernels”', bold: false, italic: false, href: null }],
        sectionHint: null,
      },
    ];
    for (const entry of odd) expectContract(parsePublication(entry), entry.raw);
  });
});

describe('publication analysis, on any list of entries', () => {
  // Nothing below buildProfile catches: a crash in any entry, the name variants or the flags fails here.
  it('never throws, and keeps, in order, every entry with an author or venue (and no entry naming nothing), with the candidate index inside its author list', () => {
    const person = fc.record({
      name: fc.constantFrom(null, 'Ada Lovelace', 'Lê Nguyễn Hoàng', 'A. Turing', ''),
      text: fc.string({ maxLength: 60 }),
    });
    fc.assert(
      fc.property(fc.array(input, { maxLength: 6 }), person, (entries, who) => {
        const analysis = analysePublications(entries, who);
        // Every entry with an author or a venue is kept; an entry with neither is kept only for its
        // title; nothing else is. The entries are read as the analysis reads them: knowing the
        // person's names (and the variants it found), which may read an author list differently.
        const variants = analysis.nameVariants.map((v) => v.name);
        const names = [who.name, ...variants].filter((n): n is string => !!n);
        const parsed = entries.map((e) => entryParser(names)(e).publication);
        const certain = parsed.filter((q) => q.authors.length > 0 || q.venue !== null).length;
        const possible = parsed.filter(
          (q) => q.title !== null || q.authors.length > 0 || q.venue !== null,
        ).length;
        expect(analysis.publications.length).toBeGreaterThanOrEqual(certain);
        expect(analysis.publications.length).toBeLessThanOrEqual(possible);
        let next = 0;
        for (const p of analysis.publications) {
          while (next < entries.length && entries[next]!.raw !== p.raw) next += 1;
          expect(next).toBeLessThan(entries.length);
          expectContract(p, entries[next]!.raw);
          expect(p.title !== null || p.authors.length > 0 || p.venue !== null).toBe(true);
          next += 1;
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('reference parser, on references as CVs write them', () => {
  const reference = fc.record({
    authors: fc.subarray(['Ada Lovelace', 'Alan Turing', 'Grace Hopper', 'Lê Nguyễn Hoàng'], {
      minLength: 1,
    }),
    title: fc.constantFrom('On the Theory of Kernels', 'Deep Learning Without Labels', 'A Note on Graphs'),
    venue: fc.constantFrom('NeurIPS', 'Journal of Machine Learning Research', 'ICML'),
    year: fc.integer({ min: 1950, max: 2025 }),
  });

  it('finds the year and keeps every author', () => {
    fc.assert(
      fc.property(reference, ({ authors, title, venue, year }) => {
        const raw = `${authors.join(', ')}. ${title}. ${venue}, ${year}.`;
        const p = parsePublication({
          raw,
          runs: [{ text: raw, bold: false, italic: false, href: null }],
          sectionHint: null,
        });
        expectContract(p, raw);
        expect(p.year).toBe(year);
        expect(p.authors).toHaveLength(authors.length);
      }),
      RUNS,
    );
  });
});
