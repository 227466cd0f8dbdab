import { describe, expect, it } from 'vitest';
import { acquireText } from '../../../utils/acquire/text/index';
import {
  publicationBlockFeatures,
  type CandidateBlock,
} from '../../../utils/entries/publication-block-features';

const block = (text: string, n: number, hint = 'Publications'): CandidateBlock => ({
  lines: [{ ...acquireText(text).lines[0]!, block: n, kind: 'list-item' }],
  sectionKind: 'publications',
  hint,
});
const cues = (features: string[]) => features.filter((f) => f.startsWith('cues:'));

describe('publication-block features', () => {
  it('count the citation cues a block shows, whatever else it holds', () => {
    const [reference, service] = publicationBlockFeatures(
      [
        block('Smith, J. and Lee, K. (2013). “Skills in School.” Journal of Human Resources 48, 236–264.', 1),
        block('Member of the programme committee', 2),
      ],
      null,
    );
    // Authors, "… and Name", quotes, one year, a venue word, pages: six cues, though "School" is an
    // institution word.
    expect(reference).toContain('text:institution word');
    expect(cues(reference!)).toEqual(['cues:6+']);
    expect(cues(service!)).toEqual(['cues:0']);
  });

  it('see the neighbours’ cue counts', () => {
    const features = publicationBlockFeatures(
      [block('On Graphs', 1), block('Lovelace, A. (2019). On Graphs. In Proc. ICML, pp. 1–9.', 2)],
      null,
    );
    expect(features[0]).toContain('next:cues:4');
    expect(features[1]).toContain('prev:cues:0');
  });

  it('mark a block set like its neighbour under the same heading', () => {
    const features = publicationBlockFeatures(
      [
        block('Lovelace, A. (2019). On Graphs. ICML.', 1),
        block('Babbage, C. (2020). On Engines. NeurIPS.', 2),
        block('Babbage, C. (2021). On Tables. ICLR.', 3, 'Talks'),
      ],
      null,
    );
    expect(features[0]).toContain('shape:as next');
    expect(features[1]).toContain('shape:as previous');
    // The third stands under another heading: no likeness across it.
    expect(features[1]).not.toContain('shape:as next');
    expect(features[2]).not.toContain('shape:as previous');
  });
});
