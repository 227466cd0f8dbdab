import { describe, expect, it } from 'vitest';
import { htmlToCvDocument } from '../../../utils/acquire/html/from-string';

const textOf = (body: string): string =>
  htmlToCvDocument(`<html><body><h1>Lena Fischer</h1>${body}</body></html>`, null)
    .lines.map((l) => l.text)
    .join('\n');

describe('utility classes that hide an element', () => {
  it('skip an al-folio entry’s hidden abstract and BibTeX, keeping the entry', () => {
    const text = textOf(`<h2>Publications</h2><ol><li>
      <div class="title">Neutrino masses from cosmology</div>
      <div class="author"><em>Fischer, Lena</em></div>
      <div class="links"><a class="abstract btn">Abs</a><a class="bibtex btn">Bib</a></div>
      <div class="abstract hidden"><p>We bound the sum of neutrino masses.</p></div>
      <div class="bibtex hidden"><pre>@article{fischer2021, title={Neutrino masses}}</pre></div>
    </li></ol><p class="d-none">A hidden note</p>`);
    expect(text).toContain('Neutrino masses from cosmology');
    expect(text).toContain('Fischer, Lena');
    expect(text).not.toContain('We bound the sum');
    expect(text).not.toContain('@article');
    expect(text).not.toContain('A hidden note');
  });

  it('read an element a wider screen shows again, and a tab panel', () => {
    const text = textOf(`<div class="hidden md:block"><p>Professor of Physics, Heidelberg</p></div>
      <div class="d-none d-lg-flex"><p>Office 4.12</p></div>
      <div class="tab-pane hidden" id="tab-teaching"><h2>Teaching</h2><p>Statistical Physics, 2022</p></div>`);
    expect(text).toContain('Professor of Physics, Heidelberg');
    expect(text).toContain('Office 4.12');
    expect(text).toContain('Statistical Physics, 2022');
  });
});
