import { describe, expect, it } from 'vitest';
import { htmlToCvDocument } from '../../../utils/acquire/html/from-string';
import { acquireText } from '../../../utils/acquire/text/index';
import { groupLinesIntoSections } from '../../../utils/sections/index';
import { splitIntoEntries } from '../../../utils/entries/split-into-entries';
import { parseEducationEntry } from '../../../utils/entries/parse-education-entry';
import { parsePositionEntry } from '../../../utils/entries/parse-position-entry';
import { parseItems } from '../../../utils/entries/parse-items';
import {
  collectPublicationInputs,
  publicationGroups,
} from '../../../utils/entries/collect-publication-inputs';
import type { CandidateBlock } from '../../../utils/entries/publication-block-features';
import { proseEducation } from '../../../utils/entries/prose-education';
import type { CvDocument } from '../../../utils/document/types';
import { comparisonKey } from '../../../utils/document/normalize-text';
import { readFixture, readTruth, SEED_IDS, SEED_TEXTS } from '../../support/fixtures';

const sectionsOf = (doc: CvDocument) => groupLinesIntoSections(doc.lines);
const surnameOf = (name: string | null) => (name ? comparisonKey(name).split(' ').pop()! : null);
const seedDoc = (id: string) => htmlToCvDocument(readFixture(`seeds/html/${id}.html`), null);

describe('entries of the seed pages', () => {
  it.each(SEED_IDS.filter((id) => id !== 'elmhamdi'))(
    '%s: every education and position entry with its dates',
    (id) => {
      const truth = readTruth(id);
      const sections = sectionsOf(seedDoc(id));
      const education = sections
        .filter((s) => s.kinds[0] === 'education')
        .flatMap((s) => splitIntoEntries(s.lines).map(parseEducationEntry));
      const positions = sections
        .filter((s) => s.kinds[0] === 'positions')
        .flatMap((s) => splitIntoEntries(s.lines).map((e) => parsePositionEntry(e)));
      expect(education.map((e) => [e.start, e.end])).toEqual(truth.education.map((e) => [e.start, e.end]));
      expect(positions.map((e) => [e.start, e.end])).toEqual(truth.positions.map((e) => [e.start, e.end]));
      expect(education.map((e) => e.organization)).toEqual(truth.education.map((e) => e.institution));
      expect(positions.map((e) => e.title)).toEqual(truth.positions.map((e) => e.title));
    },
  );

  it.each(SEED_IDS)('%s: one publication input per publication', (id) => {
    const truth = readTruth(id);
    const inputs = collectPublicationInputs(sectionsOf(seedDoc(id)), surnameOf(truth.name));
    expect(inputs).toHaveLength(truth.publications.length);
  });

  it('takes a note pointing to the full list for no publication, but a dated entry that names a list for one', () => {
    const page = (note: string) =>
      htmlToCvDocument(
        `<main><h1>Ada Okoro</h1><h2>Publications</h2><ul>
<li>A. Okoro and P. Marek. Rivers of the north. Journal of Hydrology, 2019.</li>
<li>A. Okoro. Herons of the delta. River Birds, 12(3):1–20, 2021.</li>
<li>${note}</li></ul></main>`,
        null,
      );
    const read = (note: string) =>
      collectPublicationInputs(sectionsOf(page(note)), 'okoro').map((i) => i.raw);
    expect(read('For the complete list, see my Google Scholar page.')).toHaveLength(2);
    expect(read('Voir la liste complète sur HAL.')).toHaveLength(2);
    const dated = 'A. Okoro. A complete list of the herons of Europe. Ibis, 2020.';
    expect(read(dated)).toContain(dated);
  });

  it('gives workshop papers their sub-heading as hint', () => {
    const inputs = collectPublicationInputs(sectionsOf(seedDoc('hayou')), 'hayou');
    expect(inputs.filter((i) => i.sectionHint === 'Workshop papers')).toHaveLength(4);
  });

  it('counts items exactly and routes a combined section by its labels', () => {
    for (const id of ['hayou', 'elesedy'] as const) {
      const truth = readTruth(id);
      const items = sectionsOf(seedDoc(id)).flatMap((s) =>
        s.kinds.some((k) => ['awards', 'talks', 'teaching', 'service'].includes(k))
          ? parseItems(s.lines, s.kinds)
          : [],
      );
      for (const kind of ['awards', 'talks', 'teaching'] as const) {
        expect(
          items.filter((i) => i.kind === kind),
          `${id} ${kind}`,
        ).toHaveLength(truth.counts[kind]!);
      }
    }
  });

  it('reads the text seed with dates trailing each entry', () => {
    const sections = sectionsOf(acquireText(readFixture(SEED_TEXTS.hayou)));
    const positions = sections
      .filter((s) => s.kinds[0] === 'positions')
      .flatMap((s) => splitIntoEntries(s.lines).map((e) => parsePositionEntry(e)));
    expect(positions.map((p) => p.organization)).toEqual(
      readTruth('hayou').positions.map((p) => p.organization),
    );
  });
});

describe('entry parsing', () => {
  const entryOf = (html: string) => {
    const doc = htmlToCvDocument(`<h2>Experience</h2>${html}`, null);
    return splitIntoEntries(sectionsOf(doc)[1]!.lines);
  };

  it('tells role from organisation whatever their order', () => {
    expect(
      parsePositionEntry(entryOf('<p>Google DeepMind — Research Scientist, 2020–2022</p>')[0]!),
    ).toMatchObject({
      title: 'Research Scientist',
      organization: 'Google DeepMind',
      start: '2020',
      end: '2022',
    });
    expect(
      parsePositionEntry(entryOf('<p>2015 – 2018: Lecturer at Example University</p>')[0]!),
    ).toMatchObject({
      title: 'Lecturer',
      organization: 'Example University',
    });
  });

  it('attaches description paragraphs and bullets to the entry above', () => {
    const entries = entryOf(
      '<p><b>Postdoc</b>, Lab A, 2019–2021</p><p>Worked on things.</p><ul><li>Built X</li></ul><p><b>Intern</b>, Company B Inc., 2018</p>',
    );
    expect(entries).toHaveLength(2);
  });

  it('states education found in prose', () => {
    expect(
      proseEducation(
        ['During my PhD at EPFL, I worked on robustness. I am a fresh PhD graduate.'],
        '2019-12',
      ),
    ).toEqual([
      { title: 'PhD', organization: 'EPFL', location: null, start: null, end: '2019', raw: 'PhD at EPFL' },
    ]);
  });
});

describe('publication groups', () => {
  const block = (text: string, n: number, hint = 'Publications'): CandidateBlock => ({
    lines: [{ ...acquireText(text).lines[0]!, block: n }],
    sectionKind: 'publications',
    hint,
  });
  const texts = (groups: CandidateBlock[]) => groups.map((g) => g.lines.map((l) => l.text).join(' | '));

  it('joins a title block and the authors-and-venue block that continues it', () => {
    const blocks = [block('A Title', 1), block('Lee, A. Nature 2020.', 2), block('Another Title', 3)];
    expect(texts(publicationGroups(blocks, ['publication', 'continuation', 'publication']))).toEqual([
      'A Title | Lee, A. Nature 2020.',
      'Another Title',
    ]);
  });

  it('starts a publication at a continuation with none above it, under another heading, or past three', () => {
    const blocks = [
      block('Orphan', 1),
      block('Skipped', 2),
      block('Lone', 3),
      block('Other list', 4, 'Preprints'),
      ...[5, 6, 7, 8].map((n) => block(`Part ${n}`, n, 'Preprints')),
    ];
    const labels = ['continuation', 'other', 'continuation', 'continuation'] as const;
    expect(
      texts(
        publicationGroups(blocks, [
          ...labels,
          'continuation',
          'continuation',
          'continuation',
          'continuation',
        ]),
      ),
    ).toEqual(['Orphan', 'Lone', 'Other list | Part 5 | Part 6 | Part 7', 'Part 8']);
  });
});
