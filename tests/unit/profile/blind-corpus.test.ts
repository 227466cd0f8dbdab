import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { parseFile } from '../../../scripts/cli/parse-file';

// The publication parser is another module's; a stand-in keeps one publication per collected input, so
// the counts below check how this stage finds references, not how they are parsed.
vi.mock('../../../utils/publications/index', () => ({
  analysePublications: (inputs: { raw: string }[]) => ({
    publications: inputs.map((i) => ({ raw: i.raw })),
    nameVariants: [],
    flags: [],
  }),
}));

const BLIND = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/blind');
const parse = (file: string) => parseFile(path.join(BLIND, file));

type Dated = [title: string, organization: string, start: string | null, end: string | null];
const pick = (e: {
  title: string | null;
  organization: string | null;
  start: string | null;
  end: string | null;
}) => [e.title, e.organization, e.start, e.end];

describe('blind corpus: layouts the rules were not written against', () => {
  it('moderncv PDF: descriptions in small type stay out of the header, place and department leave the organisation', async () => {
    const p = await parse('pdf/moderncv-kowalczyk.pdf');
    expect(p.person.name).toBe('Agnieszka Kowalczyk');
    expect(p.positions.map(pick)).toEqual<Dated[]>([
      ['Assistant Professor', 'Lakeside Institute of Technology', '2021', 'present'],
      ['Postdoctoral Researcher', 'ETH Zürich', '2018', '2021'],
      ['Research Intern', 'Nokia Bell Labs', null, '2016'],
    ]);
    expect([p.education.length, p.publications.length, p.awards.length, p.talks.length]).toEqual([
      3, 5, 3, 2,
    ]);
  });

  it('altacv PDF: a "date · place" line is not the header; the name, the degree and the lists are read', async () => {
    const p = await parse('pdf/altacv-ferreira.pdf');
    expect(p.person.name).toBe('Lucas Ferreira');
    expect(p.education[0]).toMatchObject({ start: '2016-03', end: '2021-08' });
    expect([p.publications.length, p.awards.length, p.talks.length]).toEqual([3, 2, 3]);
  });

  // The entry-start model refitted on a 204-document dev split read these three posts as one;
  // refitted on round 25's corpus it opens an entry at each role set in large type again.
  it('altacv PDF: a role in large type opens each post', async () => {
    const p = await parse('pdf/altacv-ferreira.pdf');
    expect(p.positions.map(pick)).toEqual<Dated[]>([
      ['Postdoctoral Fellow', 'Bernstein Center, University of Kleinstadt', '2021-10', 'present'],
      ['Visiting Researcher', 'Gatsby Computational Neuroscience Unit, UCL', '2020-02', '2020-07'],
      ['Teaching Assistant', 'University of São Paulo', '2017', '2019'],
    ]);
  });

  it('hand-written HTML: <br> lines each with a trailing date are entries; numbered lines are references', async () => {
    const p = await parse('html/postdoc-haddad.html');
    expect(p.person.name).toBe('Rania Haddad');
    expect(p.positions.map(pick)).toEqual<Dated[]>([
      ['Postdoctoral Researcher', 'University of Northfield', '2021', 'present'],
      ['Marie Skłodowska-Curie Fellow', 'University of Geneva', '2019', '2021'],
      ['Visiting Student', 'Institute for Molecular Science', null, '2017'],
    ]);
    expect([p.education.length, p.publications.length, p.awards.length, p.talks.length]).toEqual([
      2, 3, 2, 2,
    ]);
  });

  it('department profile page: a biography gives the kind, the posts and the degree', async () => {
    const p = await parse('html/profile-lindgren.html');
    expect(p.documentKind).toBe('profile-page');
    expect(p.positions.map(pick)).toEqual<Dated[]>([
      ['Professor of Economics', 'Northern University', '2012', 'present'],
      ['Assistant Professor', 'University of Copenhagen', '2009', '2012'],
    ]);
    expect(p.education.map(pick)).toEqual([['PhD', 'Stockholm School of Economics', null, '2009']]);
  });

  it('plain text: flush-left rows of a date column are entries, indented lines continue them', async () => {
    const p = await parse('text/plain-osei.txt');
    expect(p.person.name).toBe('Kwame Osei');
    expect(p.positions.map(pick)).toEqual<Dated[]>([
      ['Assistant Professor', 'Coastline University', '2022', 'present'],
      ['Instructor (NSF Postdoctoral Fellow)', 'Massachusetts Institute of Technology', '2019', '2022'],
      ['Research Member', 'Mathematical Sciences Research Institute', null, '2018'],
    ]);
    expect([p.education.length, p.awards.length, p.talks.length, p.teaching.length]).toEqual([2, 2, 3, 3]);
  });

  it('German, French and Spanish headings and dates ("seit 04/2021", "Depuis 2019", "actualidad")', async () => {
    const de = await parse('html/german-becker.html');
    expect(de.positions[0]).toMatchObject({
      organization: 'Universität Talheim',
      start: '2021-04',
      end: 'present',
    });
    expect([de.education.length, de.publications.length, de.teaching.length, de.talks.length]).toEqual([
      3, 3, 2, 2,
    ]);
    const fr = await parse('html/french-moreau.html');
    expect(fr.positions[0]).toMatchObject({ start: '2019', end: 'present' });
    expect([fr.education.length, fr.publications.length, fr.teaching.length]).toEqual([3, 3, 2]);
    const es = await parse('html/spanish-vidal.html');
    expect(es.positions[0]).toMatchObject({ start: '2020', end: 'present' });
    expect([es.education.length, es.positions.length, es.publications.length]).toEqual([3, 2, 3]);
  });

  it('Word-export PDF and one-page industry resume: dates at the right, Experience before Education', async () => {
    const word = await parse('pdf/word-okafor.pdf');
    expect(word.positions[1]).toMatchObject({
      organization: 'Riverside State University',
      start: '2015-09',
      end: '2020-08',
    });
    expect([word.education.length, word.positions.length, word.teaching.length]).toEqual([3, 3, 3]);
    const ind = await parse('html/industry-nguyen.html');
    expect(ind.person.name).toBe('Thao Nguyen');
    expect(ind.positions.map((e) => [e.start, e.end])).toEqual([
      ['2022-01', 'present'],
      ['2019-07', '2021-12'],
      [null, '2018'],
    ]);
  });
});
