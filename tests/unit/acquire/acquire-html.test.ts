import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { acquireHtml } from '../../../utils/acquire/html/index';
import { htmlToCvDocument } from '../../../utils/acquire/html/from-string';
import { readFixture, readOwnPage } from '../../support/fixtures';

const seed = (id: string) =>
  htmlToCvDocument(readFixture(`seeds/html/${id}.html`), 'https://example.org/cv/');

describe('acquireHtml', () => {
  it('keeps headings, table rows as cells, bold runs and links, and drops nav, aside and footer', () => {
    const doc = seed('elesedy');
    expect(doc.lines[0]).toMatchObject({ kind: 'heading', headingLevel: 1, text: 'Hayder Elesedy' });
    const row = doc.lines.find((l) => l.text.startsWith('10/18'))!;
    expect(row.kind).toBe('table-row');
    expect(row.cells.map((c) => c.text)[0]).toBe('10/18 – 06/23');
    expect(row.cells[1]!.runs[0]).toMatchObject({ text: 'DPhil Machine Learning', bold: true });
    expect(doc.lines.some((l) => /Recent posts|Privacy|Blog/.test(l.text))).toBe(false);
    expect(doc.links).toContain('mailto:hayder.elesedy@gmail.com');
    expect(doc.meta.author).toBe('Hayder Elesedy');
  });

  it('turns flex rows of separate blocks into one line with several cells, and keeps the profile card', () => {
    const doc = seed('hayou');
    const row = doc.lines.find((l) => l.text.includes('G-Research'))!;
    expect(row.cells.map((c) => c.text)).toEqual([
      'G-Research — Quantitative Research Intern',
      'London, UK · July 2019 – September 2019',
    ]);
    expect(doc.lines[0]!.text).toBe('Soufiane Hayou');
    expect(doc.lines.some((l) => /cookies/.test(l.text))).toBe(false);
    expect(doc.links).toContain('mailto:hayou@berkeley.edu');
  });

  it('leaves a live page as it was, and reads it as the CLI reads its own copy', () => {
    const html = readFixture('seeds/html/hayou.html');
    const { document } = parseHTML(html);
    const before = document.toString();
    const live = acquireHtml(document as unknown as Document, 'https://example.org/cv/');
    expect(document.toString()).toBe(before);
    expect(live).toEqual(htmlToCvDocument(html, 'https://example.org/cv/'));
  });

  it('keeps a letterhead that Readability drops', () => {
    const doc = seed('elmhamdi');
    expect(doc.lines.some((l) => l.text.includes('elmahdi@elmhamdi.com'))).toBe(true);
    expect(doc.lines.some((l) => l.text.startsWith('Home'))).toBe(false);
  });

  it('reads definition lists as term and definition lines of one block', () => {
    const doc = htmlToCvDocument(readOwnPage('definition-list-cv').html, null);
    const term = doc.lines.find((l) => l.text === '2016–2020')!;
    const def = doc.lines[doc.lines.indexOf(term) + 1]!;
    expect(term.kind).toBe('term');
    expect(def).toMatchObject({ kind: 'definition', block: term.block });
  });

  it('reads JSON-LD and microdata persons, and finds profile links outside the main content', () => {
    const doc = htmlToCvDocument(readOwnPage('academicpages-cv').html, 'https://mokonkwo.github.io/cv/');
    expect(doc.meta.persons[0]).toMatchObject({
      name: 'Mirela Okonkwo-Hart',
      url: 'https://mokonkwo.github.io',
    });
    expect(doc.links).toContain('https://orcid.org/0000-0002-1825-0097');
  });

  it('walks the cells of an old layout table instead of treating them as one row', () => {
    const doc = htmlToCvDocument(readOwnPage('table-layout').html, null);
    expect(doc.lines.some((l) => l.kind === 'heading' && l.text === 'Positions')).toBe(true);
    const row = doc.lines.find((l) => l.text.startsWith('1996 - 1998'))!;
    expect(row.cells).toHaveLength(2);
  });

  it('keeps an Education list that sits beside the biography Readability keeps', () => {
    const bio =
      '<p>Dr. Ada Example is a Professor of Radiology whose research follows bone and joint disease across the lifespan, with long cohort studies and new imaging methods.</p>'.repeat(
        4,
      );
    const html = `<html><body><div><div><h3>Education</h3><ul><li>PhD in Mechanical Engineering, University of Calgary</li><li>BEng, University of Victoria</li></ul></div><div><h3>Biography</h3>${bio}</div></div></body></html>`;
    const texts = htmlToCvDocument(html, null).lines.map((l) => l.text);
    expect(texts).toContain('Education');
    expect(texts).toContain('PhD in Mechanical Engineering, University of Calgary');
  });

  it('reads stacked dated paragraphs as entries of their own, not as the cells of one row', () => {
    const html =
      '<html><body><main><section><h3>Education</h3><p>Ph.D. in Biology | 2018–Present</p><p>B.S. in Biology | 2014–2018</p></section><section><h3>Contact</h3><p>ada@example.org</p></section></main></body></html>';
    const texts = htmlToCvDocument(html, null).lines.map((l) => l.text);
    expect(texts.slice(0, 3)).toEqual([
      'Education',
      'Ph.D. in Biology | 2018–Present',
      'B.S. in Biology | 2014–2018',
    ]);
  });
});
