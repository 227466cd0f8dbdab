import { describe, expect, it } from 'vitest';
import { htmlToCvDocument } from '../../../utils/acquire/html/from-string';
import { acquireText } from '../../../utils/acquire/text/index';
import { documentLineFeatures, styleRecurrence } from '../../../utils/sections/line-features';

/** The heading-model features of the line whose text is `text`, in a page of `html`. */
function featuresOf(html: string, text: string): readonly string[] {
  const { lines } = htmlToCvDocument(`<html><body>${html}</body></html>`, null);
  const index = lines.findIndex((l) => l.text.trim() === text);
  expect(index, text).toBeGreaterThanOrEqual(0);
  return documentLineFeatures(lines)[index] ?? [];
}

const items = (n: number, what: string): string =>
  Array.from({ length: n }, (_, k) => `<p>${what} ${k + 1}, a line of plain text</p>`).join('');

describe('style recurrence', () => {
  it('counts the lines of each look and the median distance from one to the next', () => {
    const recurrence = styleRecurrence(['b', 'p', 'b', 'p', 'b', 'p', 'h', 'p', 'p']);
    expect(recurrence.get('b')).toEqual({ count: 3, medianGap: 2 });
    expect(recurrence.get('p')).toEqual({ count: 5, medianGap: 2 });
    expect(recurrence.get('h')).toEqual({ count: 1, medianGap: null });
  });

  it('tells the bold first lines of entries, a few lines apart, from bold sub-headings over several entries', () => {
    const entries = ['Acme Corporation', 'Beta Institute', 'Gamma Laboratory', 'Delta University']
      .map((name) => `<p><strong>${name}</strong></p><p>Research engineer, 2019–2021</p>`)
      .join('');
    expect(featuresOf(entries, 'Beta Institute')).toContain('style run:recurs every few lines');
    expect(featuresOf(entries, 'Beta Institute')).not.toContain('style run:recurs seldom');

    const subheadings = `<p><strong>Reviewing</strong></p>${items(6, 'Journal')}<p><strong>Committees</strong></p>${items(6, 'Committee')}`;
    expect(featuresOf(subheadings, 'Committees')).toContain('style run:recurs seldom');
    expect(featuresOf(subheadings, 'Committees')).not.toContain('style run:recurs every few lines');
  });

  it('marks a line set as no other line of the document is', () => {
    const page = `<p><strong>Misc.</strong></p>${items(4, 'Note')}`;
    expect(featuresOf(page, 'Misc.')).toContain('style run:the only line so set');
    expect(featuresOf(page, 'Note 2, a line of plain text')).not.toContain('style run:the only line so set');
  });

  it('gives a plain-text CV, whose lines carry no look, no look features; a page with a look keeps them', () => {
    const text = [
      'Jane Roe',
      'Education',
      'PhD, University of Oxford, 2019',
      'Experience',
      'Lecturer, 2020',
    ].join('\n');
    const { lines } = acquireText(text);
    expect(
      documentLineFeatures(lines)
        .flat()
        .filter((f) => f.startsWith('style')),
    ).toEqual([]);
    const page = htmlToCvDocument(
      '<html><body><h2>Education</h2><p>PhD, 2019</p><h2>Experience</h2><p>Lecturer, 2020</p></body></html>',
      null,
    );
    expect(documentLineFeatures(page.lines)[0]).toContain('style:like a named heading');
  });
});
