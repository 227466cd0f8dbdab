import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  corpusStrata,
  parityMode,
  parityPages,
  sampleCorpus,
  SAMPLED_SHARE,
} from '../../support/parity-pages';

const strata = corpusStrata();
const idOf = (name: string) => name.replace(/^corpus-/, '').replace(/\.html$/, '');
const corpusIds = (names: string[]) => names.filter((n) => n.startsWith('corpus-')).map(idOf);

describe("the parity check's pages (tests/e2e/parity.ts)", () => {
  const full = parityPages('full');
  const sampled = parityPages('sampled');

  it('reads every page with CVLENS_PARITY=full, the sample otherwise', () => {
    expect(parityMode({ CVLENS_PARITY: 'full' })).toBe('full');
    expect(parityMode({})).toBe('sampled');
    expect(full.pages).toHaveLength(full.total);
    expect(sampled.total).toBe(full.total);
  });

  it('samples every page made here, a tenth to a fifth of the corpus, every family and kind', () => {
    const names = sampled.pages.map((p) => p.name);
    expect(full.pages.filter((p) => !p.name.startsWith('corpus-')).map((p) => p.name)).toEqual(
      names.filter((n) => !n.startsWith('corpus-')),
    );
    const inCorpus = corpusIds(full.pages.map((p) => p.name));
    const chosen = corpusIds(names);
    expect(chosen.length / inCorpus.length).toBeGreaterThanOrEqual(SAMPLED_SHARE);
    expect(chosen.length / inCorpus.length).toBeLessThanOrEqual(1 / 5);
    const kinds = (ids: string[]) => new Set(ids.map((id) => strata.get(id)).sort());
    expect(kinds(chosen)).toEqual(kinds(inCorpus));
  });

  it('chooses by the ids alone: the same pages whatever the order they are listed in', () => {
    const corpus = full.pages.filter((p) => p.name.startsWith('corpus-'));
    const names = (pages: { name: string }[]) => pages.map((p) => p.name).sort();
    expect(names(sampleCorpus([...corpus].reverse(), strata))).toEqual(names(sampleCorpus(corpus, strata)));
  });

  it('reads a page with no truth file always', () => {
    const stray = { file: path.join('docs', 'html-no-truth.html'), name: 'corpus-html-no-truth.html' };
    expect(sampleCorpus([stray], strata)).toEqual([stray]);
  });
});
