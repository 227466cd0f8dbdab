import { describe, expect, it } from 'vitest';
import { acquireText } from '../../../utils/acquire/text/index';
import {
  pageTitleKinds,
  publicationBlockFeatures,
  wordShare,
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

describe('publication-block features of cards and bare titles', () => {
  const plainBlock = (text: string, n: number, kind: 'heading' | 'line' = 'line'): CandidateBlock => ({
    lines: [{ ...acquireText(text).lines[0]!, block: n, kind }],
    sectionKind: 'publications',
    hint: 'Publications',
  });

  it('mark a title set alone above its authors, and the authors under it', () => {
    const [title, authors] = publicationBlockFeatures(
      [
        plainBlock('Long-term outcomes of cell therapy in patients with neuroblastoma', 1, 'heading'),
        plainBlock('Li CH, Sharma S, Heczey AA, Woods ML.', 2),
      ],
      null,
    );
    expect(title).toContain('text:bare phrase');
    expect(title).toContain('card:title over authors');
    expect(authors).toContain('card:authors under a title');
    expect(authors).toContain('prev:text:bare phrase');
  });

  it('do not take a line with a year, a venue or a status for a bare title', () => {
    const features = publicationBlockFeatures(
      [
        plainBlock('Skills in School, Journal of Human Resources', 1),
        plainBlock('Skills in School (2013)', 2),
        plainBlock('Skills in School, working paper', 3),
      ],
      null,
    );
    for (const f of features) expect(f).not.toContain('text:bare phrase');
  });

  it('see blocks set alike whatever their length, and a card repeating every few blocks', () => {
    const features = publicationBlockFeatures(
      [
        plainBlock('On Graphs and Trees', 1, 'heading'),
        plainBlock('Lovelace A, Babbage C.', 2),
        plainBlock('A much longer title about analytical engines and the tables they compute', 3, 'heading'),
        plainBlock('Babbage C.', 4),
      ],
      null,
    );
    expect(features[2]).toContain('look:repeats a card');
    expect(features[2]).not.toContain('shape:as previous');
    expect(features[3]).toContain('look:repeats a card');
    expect(features[0]).not.toContain('look:as next');
  });
});

describe('publication-block features of working-paper lists', () => {
  const entry = (text: string, n: number, hint: string): CandidateBlock => ({
    lines: [{ ...acquireText(text).lines[0]!, block: n, kind: 'line' }],
    sectionKind: 'publications',
    hint,
  });
  const own = (features: string[]) => features.filter((f) => !/^(?:prev|next):/.test(f));

  it('mark a heading of unpublished work, and no other', () => {
    const [draft, paper] = publicationBlockFeatures(
      [
        entry('Granular Search in the Product Market', 1, 'Work in Progress'),
        entry('On Graphs', 2, 'Journal Articles'),
      ],
      null,
    );
    expect(draft).toContain('hint:unpublished work');
    expect(paper).not.toContain('hint:unpublished work');
  });

  it('tell a quoted or title-case opening apart from a sentence or an author list', () => {
    const [quoted, titleCase, sentence, authors] = publicationBlockFeatures(
      [
        entry(
          '“Do Deficits Cause Inflation? A High Frequency Narrative Approach,” with Jonathon Hazell',
          1,
          'Papers',
        ),
        entry('Small Resource-Rich Economies and the Green Transition', 2, 'Papers'),
        entry('Risky firms and fragile banks: implications for macroprudential policy', 3, 'Papers'),
        entry('Smith J, Lee K. Skills in school. J Hum Resour 2013.', 4, 'Papers'),
      ],
      null,
    ).map(own);
    expect(quoted).toContain('text:opens with a quoted title');
    expect(titleCase).toContain('text:opens with a title-case title');
    expect(titleCase).toContain('title opening under:publications');
    for (const features of [sentence, authors])
      expect(features!.filter((f) => f.includes('title opening') || f.startsWith('text:opens with'))).toEqual(
        [],
      );
  });

  it('mark a block of marks, years and numbers, not a reference of names, title and venue', () => {
    const [legend, reference, physics] = publicationBlockFeatures(
      [
        entry('✦ since 2022 · ✧ before 2022 · ⟷ series', 1, 'Papers'),
        entry('Smith J, Lee K. Skills in school. J Hum Resour 2013.', 2, 'Papers'),
        entry('[9] P. Novak and L. Ortiz, Nucl. Phys. B512 (2001) 77-95.', 3, 'Papers'),
      ],
      null,
    ).map(own);
    expect(legend).toContain('text:mostly symbols and numbers');
    // Five of eleven tokens are words in the compact physics entry: above the two-fifths line.
    for (const features of [reference, physics])
      expect(features).not.toContain('text:mostly symbols and numbers');
  });

  it('count as words the tokens of two or more letters', () => {
    expect(wordShare('✦ since 2022 · ✧ before 2022 · ⟷ series')).toBeCloseTo(0.3);
    expect(wordShare('J. B512 Phys.')).toBeCloseTo(1 / 3);
    expect(wordShare('')).toBe(0);
  });
});

describe('publication-block features of a run under one heading', () => {
  const under = (text: string, n: number, hint: string): CandidateBlock => ({
    lines: [{ ...acquireText(text).lines[0]!, block: n, kind: 'line' }],
    sectionKind: 'other',
    hint,
  });
  const run = (features: string[]) => features.filter((f) => f.startsWith('run:') && !f.includes(' in:'));

  it('tell every block how much of its run reads as references, the run under each heading apart', () => {
    const features = publicationBlockFeatures(
      [
        under('Lovelace, A. and Babbage, C. (2019). On Graphs. In Proc. ICML, pp. 1–9.', 1, 'First Author'),
        under('Lovelace, A. (2020). On Engines. Journal of Machines 4, 12–20.', 2, 'First Author'),
        under('Notes on the engine, a short remark', 3, 'First Author'),
        under('I study how engines compute tables', 4, 'Interests'),
        under('and how their cards are punched', 5, 'Interests'),
        under('Lovelace, A. (2021). On Tables. In Proc. ICLR, pp. 3–9.', 6, 'Interests'),
        under('Gardening', 7, 'Interests'),
        under('Chess', 8, 'Hobbies'),
      ],
      null,
    );
    // Two of the three blocks under "First Author" cite, each with a year, authors, pages or a venue;
    // the remark among them still belongs to a citing run.
    expect(features.slice(0, 3).map(run)).toEqual([
      ['run:most blocks cite'],
      ['run:most blocks cite'],
      ['run:most blocks cite'],
    ]);
    // One citing block in four under "Interests": some.
    expect(run(features[3]!)).toEqual(['run:some blocks cite']);
    expect(run(features[6]!)).toEqual(['run:some blocks cite']);
    // A one-block run says nothing about its list.
    expect(run(features[7]!)).toEqual(['run:short']);
    // Each share is also read with the section's kind: a citing run of talks is no publication list.
    expect(features[0]).toContain('run:most blocks cite in:other');
    expect(features[3]).toContain('run:some blocks cite in:other');
  });
});

describe('publication-block features of a list with no heading', () => {
  const untitled = (text: string, n: number): CandidateBlock => ({
    lines: [{ ...acquireText(text).lines[0]!, block: n, kind: 'heading' }],
    sectionKind: 'header',
    hint: null,
  });
  const titled = (features: string[]) => features.filter((f) => f.startsWith('no heading, page title:'));

  it('read what the page title names the list', () => {
    expect(pageTitleKinds('Papers | Pascal Michaillat')).toEqual(['publications']);
    expect(pageTitleKinds('Pascal Michaillat')).toEqual([]);
    expect(pageTitleKinds(null)).toEqual([]);
  });

  it('give that kind to the blocks under no heading, not to those under one', () => {
    const [bare, underHeading] = publicationBlockFeatures(
      [
        untitled('Critical Values Robust to P-hacking', 1),
        block('Member of the programme committee', 2, 'Service'),
      ],
      null,
      'Papers | Pascal Michaillat',
    );
    expect(titled(bare!)).toEqual(['no heading, page title:publications']);
    expect(titled(underHeading!)).toEqual([]);
    const [noTitle] = publicationBlockFeatures([untitled('Critical Values Robust to P-hacking', 1)], null);
    expect(titled(noTitle!)).toEqual([]);
  });

  it('give every block, under a heading or not, the kind the page title names', () => {
    const pageTitled = (features: string[]) => features.filter((f) => f.startsWith('page title:'));
    const [bare, underHeading] = publicationBlockFeatures(
      [untitled('Introduction to Statistics, Fall 2019', 1), block('Linear Algebra, Spring 2020', 2, '2020')],
      null,
      'Lehre | Jane Doe',
    );
    expect(pageTitled(bare!)).toEqual(['page title:teaching']);
    expect(pageTitled(underHeading!)).toEqual(['page title:teaching']);
    const [noTitle] = publicationBlockFeatures([block('Linear Algebra, Spring 2020', 2, '2020')], null);
    expect(pageTitled(noTitle!)).toEqual([]);
  });
});
