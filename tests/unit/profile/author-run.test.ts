import { describe, expect, it } from 'vitest';
import { htmlToCvDocument } from '../../../utils/acquire/html/from-string';
import { authorRun } from '../../../utils/profile/author-run';
import { nameCandidates } from '../../../utils/profile/name-candidates';

const page = (title: string, items: string[]) =>
  htmlToCvDocument(
    `<html><head><title>${title}</title></head><body><h2>Research</h2><ul>${items
      .map((i) => `<li>${i}</li>`)
      .join('')}</ul></body></html>`,
    null,
  );

const PORTUGUESE = [
  'Hugo Alves e André Santanchè. Folksonomized ontology. Journal of Web Semantics, 2013.',
  'Luiz Celso Gomes Jr e André Santanchè. Towards query model integration. GraphQ, 2013.',
  'André Santanchè e Claudia Bauzer Medeiros. Challenges of the Anthropocene. GeoInfo, 2012.',
];

describe('the author who runs through a publication list', () => {
  it('finds the author standing in every entry, authors joined by a conjunction split apart', () => {
    expect(authorRun(page('Publicações', PORTUGUESE).lines)).toEqual({
      name: 'André Santanchè',
      family: 'santanche',
      lines: 3,
    });
  });

  it('reads names written family name first, forward, and counts a family name once a line', () => {
    const doc = page('Heczey Lab - Research', [
      'Smith J, Heczey A, Doe B. A trial of CAR T cells. Nature 2020.',
      'Heczey A, Louis CU. Natural killer T cells. Blood 2019.',
      'Courtney AN, Heczey A. Tumor-associated macrophages. Cancer Cell 2018.',
    ]);
    expect(authorRun(doc.lines)).toEqual({ name: 'A Heczey', family: 'heczey', lines: 3 });
    const inverted = page('Research', [
      'Fitton, G., Tchiguirinskaia, I. and Lovejoy, S. (2014) Torque fluctuations. J. Phys.',
      'Fitton, G. and Schertzer, D. (2013) Multifractal wind. Wind Energy.',
      'Collins, J. and Fitton, G. (2024) A Bayesian approach. Aquatic Toxicology.',
    ]);
    expect(authorRun(inverted.lines)?.name).toBe('G. Fitton');
  });

  it('reads the entries of a numbered or bulleted list after their marks', () => {
    const numbered = page('Publications', [
      '3. Walsh, A., Butler, K. T., Hendon, C. H., MRS Bulletin, 2016',
      '2. Hendon, C. H., Hunt, S. T., Milina, M., In Review, 2016',
      '1. Wuttig, A., Liu, C., Hendon, C. H., ACS Cent. Sci., 2016',
    ]);
    expect(authorRun(numbered.lines)).toEqual({ name: 'C. H. Hendon', family: 'hendon', lines: 3 });
  });

  it("marks the candidates whose family name is the author run's", () => {
    const candidates = nameCandidates(page('Publicações de André Santanchè', PORTUGUESE), []);
    const agreeing = candidates.filter((c) => c.features.includes('name:author run family'));
    expect(agreeing.map((c) => c.name)).toEqual(['André Santanchè']);
  });

  it('marks a name that spells out the run, and a run no other source names', () => {
    const lines = [
      'Deiglmayr, A., Stern, E., & Schubert, R. (2019). Beliefs in brilliance. Frontiers.',
      'Mazziotti, C., Deiglmayr, A. & Loibl, K. (2019). Probing boundary conditions. Instr. Sci.',
      'Deiglmayr, A., & Schalk, L. (2015). Weak versus strong interdependence. Instr. Sci.',
    ];
    const headed = htmlToCvDocument(
      `<html><body><h1>Publikationen Anne Deiglmayr (geb. Meier)</h1>${lines.map((l) => `<p>${l}</p>`).join('')}</body></html>`,
      null,
    );
    const byName = new Map(nameCandidates(headed, []).map((c) => [c.name, c.features]));
    expect(byName.get('Anne Deiglmayr')).toEqual(expect.arrayContaining(['name:spells out the author run']));
    expect(byName.get('A. Deiglmayr')).toEqual(expect.arrayContaining(['author run:no other source']));
    expect(byName.get('A. Deiglmayr')).not.toContain('name:spells out the author run');
  });

  it('gives nothing when no author stands in three lists of two authors or more', () => {
    expect(authorRun(page('Publications', PORTUGUESE.slice(0, 2)).lines)).toBeNull();
    const places = ['Denmark Copenhagen. Visiting scholar, 2019.', 'Denmark Copenhagen. Talk, 2020.'];
    expect(authorRun(page('CV', [...places, 'Denmark Copenhagen. Poster, 2021.']).lines)).toBeNull();
  });

  it('offers the author to the name ranker, marked with its source and whether the title holds it', () => {
    const candidate = nameCandidates(page('Publicações de André Santanchè', PORTUGUESE), []).find(
      (c) => c.name === 'André Santanchè',
    );
    expect(candidate?.features).toEqual(
      expect.arrayContaining(['src:author run', 'author run:3-4 lines', 'name:in page title']),
    );
  });
});

describe('the "no name" candidate', () => {
  it('is marked on a template page that still holds its placeholder words', () => {
    const template = page('CV', ['Name: Albert Einstein', 'Lorem ipsum dolor sit amet, 2020.']);
    const none = nameCandidates(template, []).find((c) => c.name === null);
    expect(none?.features).toContain('no name:placeholder words');
  });
});
