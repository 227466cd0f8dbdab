import { describe, expect, it } from 'vitest';
import { acquireText } from '../../../utils/acquire/text/index';
import { groupLinesIntoSections } from '../../../utils/sections/index';
import { candidateBlocks } from '../../../utils/entries/collect-publication-inputs';
import { publicationBlockFeatures } from '../../../utils/entries/publication-block-features';

/** The features of each candidate block of a plain-text CV, with its text. */
function featuresOf(text: string, surname: string | null): { text: string; features: string[] }[] {
  const blocks = candidateBlocks(groupLinesIntoSections(acquireText(text).lines));
  const features = publicationBlockFeatures(blocks, surname);
  return blocks.map((b, i) => ({ text: b.lines.map((l) => l.text).join(' '), features: features[i]! }));
}

const pairs = (features: string[]): string[] => features.filter((f) => f.startsWith('pair:'));

describe('publication block features', () => {
  it('mark a title block followed by its authors and its venue and date as one publication', () => {
    const blocks = featuresOf(
      [
        'Publications',
        '',
        'Snake alarm calls as a public good in sooty mangabeys',
        '',
        'A. Mielke, C. Crockford, R.M. Wittig',
        '',
        'Animal Behaviour, 2018',
      ].join('\n'),
      'mielke',
    );
    const [title, authors, venue] = blocks.slice(-3);
    expect(title!.features).toContain('shape:title-like');
    expect(pairs(title!.features)).toEqual(['pair:title-like, then authors']);
    expect(pairs(authors!.features)).toEqual(['pair:authors after title-like']);
    expect(pairs(venue!.features)).toEqual(['pair:third field after title-like']);
  });

  it('pair nothing when a title-like line is followed by another sentence', () => {
    const blocks = featuresOf(
      [
        'Research',
        '',
        'Vocal learning in great apes',
        '',
        'How primates learn new calls from each other',
      ].join('\n'),
      'mielke',
    );
    expect(blocks.flatMap((b) => pairs(b.features))).toEqual([]);
  });

  it('take no author list, year or trailing colon for a title', () => {
    const blocks = featuresOf(
      [
        'Publications',
        '',
        'Mielke, A. and Wittig, R.M.',
        '',
        'Journal articles since 2019',
        '',
        'Selected papers:',
      ].join('\n'),
      'mielke',
    );
    for (const block of blocks) expect(block.features, block.text).not.toContain('shape:title-like');
  });
});
