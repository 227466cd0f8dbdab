import { describe, expect, it } from 'vitest';
import { buildCell, buildLine, plainRun } from '../../../utils/document/build-line';
import type { Line } from '../../../utils/document/types';
import type { LinearChainModel } from '../../../utils/learn/linear-chain';
import { documentLineFeatures } from '../../../utils/sections/line-features';
import { groupLinesIntoSections } from '../../../utils/sections/group-lines-into-sections';
import { matchHeadingWording } from '../../../utils/sections/match-heading-wording';
import { ROW_LABEL_MODEL } from '../../../utils/sections/row-label-model';

function line(text: string, block: number, headingLevel: number | null = null): Line {
  return buildLine([buildCell([plainRun(text)])], {
    kind: headingLevel ? 'heading' : 'paragraph',
    block,
    headingLevel,
  })!;
}

/** A heading model that knows one thing: a line tagged as a heading is one (these lines have no row labels). */
const TAGGED_HEADINGS = {
  heading: {
    labels: ['body', 'heading'],
    weights: { 'body\tbias': 1, 'heading\ttag:h2': 5, 'heading\ttag:h3': 5 },
  } satisfies LinearChainModel,
  rowLabel: ROW_LABEL_MODEL,
};

describe('section numbers as LaTeX writes them', () => {
  it.each([
    ['4.1 Student Supervision', ['students']],
    ['6.1.1 Invited Talks', ['talks']],
    ['A.3. Education', ['education']],
  ])('"%s" holds section words only', (text, kinds) => {
    expect(matchHeadingWording(text)).toEqual({ kinds, exact: true });
  });

  it('leaves a bare count a word, so no numbered chapter of a handout is a section exactly', () => {
    expect(matchHeadingWording('4 Student Supervision').exact).toBe(false);
    expect(matchHeadingWording('6 Connect to Other Services').exact).toBe(false);
  });

  it('marks a sub-section number without a closing point, but not a count in a sentence', () => {
    const lines = [
      line('4.1 Doctoral Students Supervised', 0),
      line('12 papers in press', 1),
      line('3 Publications', 2),
    ];
    const features = documentLineFeatures(lines);
    expect(features[0]).toContain('start:section number');
    expect(features[1]).not.toContain('start:section number');
    expect(features[2]).not.toContain('start:section number');
  });

  it('starts the section a sub-heading’s number names, not the section above it', () => {
    const lines = [
      line('2 Professional Experience', 0, 2),
      line('2019 – present Assistant Professor, University of North Carolina', 1),
      // "4 Student Supervision" between them was not found: its sub-heading starts section 4.
      line('4.1 Doctoral Students Supervised', 2, 3),
      line('Maya Kapoor, dissertation advisor, PhD, 2023', 3),
      line('2.1 Visiting Positions', 4, 3),
      line('2017 Visiting Researcher, Example Laboratory', 5),
    ];
    const sections = groupLinesIntoSections(lines, TAGGED_HEADINGS);
    expect(sections.map((s) => [s.heading, s.kinds])).toEqual([
      [null, ['header']],
      ['2 Professional Experience', ['positions']],
      ['4.1 Doctoral Students Supervised', ['students']],
      ['2.1 Visiting Positions', ['positions']],
    ]);
  });

  it('keeps a sub-heading numbered under its section as a refinement', () => {
    const lines = [
      line('3 Publications', 0, 2),
      line('3.1 Peer Reviewed Journal Papers', 1, 3),
      line('A. Author and B. Author. A paper. Journal, 2020.', 2),
    ];
    const sections = groupLinesIntoSections(lines, TAGGED_HEADINGS);
    expect(sections.map((s) => s.heading)).toEqual([null, '3 Publications']);
    expect(sections[1]!.lines[0]!.subheading).toBe('3.1 Peer Reviewed Journal Papers');
  });
});
