import { describe, expect, it } from 'vitest';
import { acquireText } from '../../../utils/acquire/text/index';
import { publicationGroups } from '../../../utils/entries/collect-publication-inputs';
import type { CandidateBlock } from '../../../utils/entries/publication-block-features';

const block = (text: string, n: number, kind: 'list-item' | 'paragraph'): CandidateBlock => ({
  lines: [{ ...acquireText(text).lines[0]!, block: n, kind }],
  sectionKind: 'publications',
  hint: 'Publications',
});
const texts = (groups: CandidateBlock[]) => groups.map((g) => g.lines.map((l) => l.text).join(' | '));

describe('publication groups and list items', () => {
  it('keep a list item labelled a continuation as an entry of its own', () => {
    const blocks = [
      block('Lovelace, A. Notes on the engine. 1843.', 1, 'list-item'),
      block('Lovelace, A. (2019). On Graphs. ICML.', 2, 'list-item'),
    ];
    expect(texts(publicationGroups(blocks, ['publication', 'continuation']))).toEqual([
      'Lovelace, A. Notes on the engine. 1843.',
      'Lovelace, A. (2019). On Graphs. ICML.',
    ]);
  });

  it('still join a paragraph that continues the entry above it', () => {
    const blocks = [block('On Graphs', 1, 'list-item'), block('Lovelace, A. ICML 2019.', 2, 'paragraph')];
    expect(texts(publicationGroups(blocks, ['publication', 'continuation']))).toEqual([
      'On Graphs | Lovelace, A. ICML 2019.',
    ]);
  });
});
