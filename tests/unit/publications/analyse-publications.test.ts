import { describe, expect, it } from 'vitest';
import { analysePublications, namesAWork } from '../../../utils/publications';
import { parsePublication } from '../../../utils/publications/parse-publication';
import type { PublicationInput } from '../../../utils/publications';

const input = (raw: string): PublicationInput => ({
  raw,
  runs: [{ text: raw, bold: false, italic: false, href: null }],
  sectionHint: null,
});

describe('analysePublications', () => {
  it('takes a one-word title for a work only with its authors or venue, or in an unspaced script', () => {
    const parsed = parsePublication(input('A. Author. Schizophrenia. Ferri’s Clinical Advisor, 2023.'));
    expect(parsed.authors.length).toBeGreaterThan(0);
    const bare = { ...parsed, authors: [], venue: null };
    expect(namesAWork({ ...bare, title: '✧ before 2022' })).toBe(false);
    expect(namesAWork({ ...bare, title: 'series', venue: '2022' })).toBe(false);
    expect(namesAWork({ ...bare, title: null })).toBe(false);
    expect(namesAWork({ ...bare, title: 'Schizophrenia' })).toBe(false);
    expect(
      namesAWork({ ...bare, title: 'Revolution', venue: 'The Cambridge Encyclopedia of Anthropology' }),
    ).toBe(true);
    expect(namesAWork({ ...bare, title: 'Quantificationalism', authors: parsed.authors })).toBe(true);
    expect(namesAWork({ ...bare, title: 'On priming' })).toBe(true);
    expect(namesAWork({ ...bare, title: '杂交水稻制种高产栽培技术' })).toBe(true);
  });

  const legend = input('since 2022 · ✧ before 2022 · ⟷ series');
  const paper = input(
    'S. Hayou, A. Doucet and J. Rousseau. On the impact of the activation function on deep neural networks training. ICML, 2019.',
  );
  const beside = () =>
    analysePublications([legend, paper], { name: 'Soufiane Hayou', text: '' }).publications;

  it('keeps the references beside a list legend', () => {
    const kept = beside().find((p) => p.raw === paper.raw);
    expect(kept?.title).toContain('activation function');
  });

  // Read wrong after round 26's refit (the labeller gave the constructed legend a title), right again
  // after round 27's and 29's; round 30's refit on 654 documents read it wrong again, its last (653)
  // right; round 36's refit read "2022" as its venue, a venue of no letters, which names no work.
  it('keeps no entry that names no work (a list legend)', () => {
    expect(beside().map((p) => p.raw)).toEqual([paper.raw]);
  });
});
