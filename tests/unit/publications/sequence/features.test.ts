import { describe, expect, it } from 'vitest';
import { NO_CONTEXT, tokenFeatures } from '../../../../utils/publications/sequence/features';
import { tokenize } from '../../../../utils/publications/sequence/tokenize';

/** Per token of the reference, its text and its segment features. */
function segmentMarks(reference: string): [string, string[]][] {
  const tokens = tokenize(reference);
  const features = tokenFeatures(tokens, NO_CONTEXT);
  return tokens.map((t, i) => [t.text, features[i]!.filter((f) => f.startsWith('seg'))]);
}

describe('segment features', () => {
  it('mark a short edition segment, its first token and the token after it', () => {
    expect(
      segmentMarks('B. Partee. Mathematical Methods. Revised Edition. Dordrecht: Kluwer, 1990.'),
    ).toEqual([
      ['B.', []],
      ['Partee.', []],
      ['Mathematical', []],
      ['Methods.', []],
      ['Revised', ['seg=edition', 'seg-open=edition']],
      ['Edition.', ['seg=edition']],
      ['Dordrecht:', ['seg-before=edition']],
      ['Kluwer,', []],
      ['1990.', []],
    ]);
  });

  it('mark genre and series segments between commas and in brackets', () => {
    const marks = new Map(segmentMarks('A. Okoro, Rivers, PhD thesis, Leiden (Studies Series 4), 2007.'));
    expect(marks.get('PhD')).toEqual(['seg=genre', 'seg-open=genre']);
    expect(marks.get('thesis,')).toEqual(['seg=genre']);
    expect(marks.get('Leiden')).toEqual(['seg-before=genre']);
    expect(marks.get('Series')).toEqual(['seg=series']);
  });

  it('leave a long segment that holds such a word to the words themselves', () => {
    const marks = segmentMarks(
      'A. Okoro. A report on the rivers of the north and their floods. Leiden, 2007.',
    );
    expect(marks.flatMap(([, m]) => m)).toEqual([]);
  });
});
