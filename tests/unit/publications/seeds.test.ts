import { describe, expect, it } from 'vitest';
import { readTruth, type SeedId } from '../../support/fixtures';
import { pageText, publicationInputs } from '../../support/publication-inputs';
import { analysePublications } from '../../../utils/publications';

function analyse(seed: SeedId) {
  const truth = readTruth(seed);
  const result = analysePublications(publicationInputs(seed), { name: truth.name, text: pageText(seed) });
  return { truth, result };
}

const share = (hits: boolean[]) => hits.filter(Boolean).length / hits.length;
const fold = (s: string | null) =>
  (s ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

describe.each(['hayou', 'elesedy'] as const)('publications of %s', (seed) => {
  const { truth, result } = analyse(seed);
  const pubs = result.publications;

  it('parses one publication per entry', () => {
    expect(pubs).toHaveLength(truth.publications.length);
  });

  it('gets every title exactly', () => {
    expect(pubs.map((p) => p.title)).toEqual(truth.publications.map((t) => t.title));
  });

  it('gets year, author count, venue and the candidate for at least 95%', () => {
    const t = truth.publications;
    expect(share(pubs.map((p, i) => p.year === t[i]!.year))).toBeGreaterThanOrEqual(0.95);
    expect(share(pubs.map((p, i) => p.authors.length === t[i]!.authors_count))).toBeGreaterThanOrEqual(0.95);
    expect(share(pubs.map((p, i) => fold(p.venue).includes(fold(t[i]!.venue))))).toBeGreaterThanOrEqual(0.95);
    expect(share(pubs.map((p) => p.candidateAuthorIndex !== null))).toBeGreaterThanOrEqual(0.95);
  });

  it('gets the kind for at least 90%', () => {
    expect(share(pubs.map((p, i) => p.kind === truth.publications[i]!.kind))).toBeGreaterThanOrEqual(0.9);
  });
});

describe('Hayou', () => {
  const { result } = analyse('hayou');
  it('flags the workshop and TMLR versions of one paper as a duplicate', () => {
    const dup = result.flags.filter((f) => f.kind === 'duplicate-publication');
    expect(dup).toHaveLength(1);
    expect(dup[0]!.publications).toEqual([7, 17]);
    expect(dup[0]!.severity).toBe('info');
  });
  it('reads equal-contribution marks and notes', () => {
    expect(result.publications[1]!.equalContribution).toBe(true);
    expect(result.publications[9]!.notes).toContain('Spotlight');
    expect(result.publications[14]!.notes).toContain('Oral');
    expect(result.publications[0]!.status).toBe('submitted');
    expect(result.publications[2]!.status).toBe('accepted');
    expect(result.publications[12]!.status).toBe('preprint');
  });
  it('raises no name variant and no missing-candidate flag', () => {
    expect(result.nameVariants).toEqual([]);
    expect(result.flags.filter((f) => f.kind === 'candidate-not-in-authors')).toEqual([]);
  });
});

describe('Elesedy', () => {
  const { result } = analyse('elesedy');
  it('carries the variant Bryn Elesedy with the CV sentence as evidence', () => {
    expect(result.nameVariants).toHaveLength(1);
    expect(result.nameVariants[0]!.name).toBe('Bryn Elesedy');
    expect(result.nameVariants[0]!.evidence).toMatch(/previously I used my Welsh name, Bryn/);
    const flag = result.flags.find((f) => f.kind === 'name-variant');
    expect(flag?.evidence?.[0]).toMatch(/Welsh name/);
  });
  it('finds the candidate in all nine author lists', () => {
    const where = result.publications.map((p) => p.candidateAuthorIndex);
    expect(where).toEqual([0, 0, 0, 0, 0, 0, 3, 2, 0]);
  });
});
