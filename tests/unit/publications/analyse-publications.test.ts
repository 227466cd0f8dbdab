import { describe, expect, it } from 'vitest';
import { analysePublications } from '../../../utils/publications';
import type { PublicationInput } from '../../../utils/publications';

const input = (raw: string): PublicationInput => ({
  raw,
  runs: [{ text: raw, bold: false, italic: false, href: null }],
  sectionHint: null,
});

describe('analysePublications', () => {
  it('keeps no entry that names no work (a list legend) and keeps the references beside it', () => {
    const legend = input('since 2022 · ✧ before 2022 · ⟷ series');
    const paper = input(
      'S. Hayou, A. Doucet and J. Rousseau. On the impact of the activation function on deep neural networks training. ICML, 2019.',
    );
    const { publications } = analysePublications([legend, paper], { name: 'Soufiane Hayou', text: '' });
    expect(publications.map((p) => p.raw)).toEqual([paper.raw]);
    expect(publications[0]!.title).toContain('activation function');
  });
});
