import { describe, expect, it } from 'vitest';
import { htmlToCvDocument } from '../../../utils/acquire/html/from-string';
import { buildProfile } from '../../../utils/profile/build-profile';
import { explainHeading } from '../../../utils/sections/heading-model';

/** A page with no heading element: sections marked only by bold capitals between <br> lines. */
const BR_AND_BOLD = `<html><head><title>Marta Okonkwo</title></head><body><p>
<b>Marta Okonkwo</b><br>Department of History, University of Leeds<br>m.okonkwo@leeds.ac.uk<br><br>
<b>EDUCATION</b><br>
PhD in History, University of Cambridge, 2012–2016<br>
MA in Medieval Studies, University of York, 2010–2011<br><br>
<b>EMPLOYMENT</b><br>
Lecturer in Medieval History, University of Leeds, 2019–present<br>
Junior Research Fellow, Trinity College, Oxford, 2016–2019<br><br>
<b>PUBLICATIONS</b><br>
Okonkwo, M. (2021). Merchants and the crown in fourteenth-century York. Journal of Medieval History, 47(3), 301–325.
</p></body></html>`;

describe('the learned reader', () => {
  it('reads a page whose sections are only bold lines between <br>s as a CV', () => {
    const doc = htmlToCvDocument(BR_AND_BOLD, null);
    const profile = buildProfile(doc);
    expect(profile.documentKind).toBe('cv');
    expect(profile.person.name).toBe('Marta Okonkwo');
    expect(profile.education.map((e) => [e.organization, e.start, e.end])).toEqual([
      ['University of Cambridge', '2012', '2016'],
      ['University of York', '2010', '2011'],
    ]);
    expect(profile.positions.map((e) => e.end)).toEqual(['present', '2019']);
    expect(profile.publications.map((p) => p.title)).toEqual([
      'Merchants and the crown in fourteenth-century York',
    ]);
    const heading = doc.lines.findIndex((l) => l.text === 'EDUCATION');
    expect(explainHeading(doc.lines, heading).reduce((sum, f) => sum + f.weight, 0)).toBeGreaterThan(0);
  });

  it('finds publications with no publications heading above them', () => {
    const html = `<html><head><title>Jonas Weber</title></head><body><main><h1>Jonas Weber</h1>
<p>jonas.weber@uni-example.de</p><h2>Research</h2><ul>
<li>Weber, J., &amp; Schmidt, A. (2020). Soil carbon under drought. Global Change Biology, 26(4), 2150–2163.</li>
<li>Weber, J. (2018). Root traits and nitrogen uptake in grasslands. Journal of Ecology, 106(2), 512–526.</li>
</ul></main></body></html>`;
    const profile = buildProfile(htmlToCvDocument(html, null));
    expect(profile.publications.map((p) => p.title)).toEqual([
      'Soil carbon under drought',
      'Root traits and nitrogen uptake in grasslands',
    ]);
  });

  it('finds publications set as separate title, authors, venue and date paragraphs, authors joined by "e"', () => {
    const entry = (title: string, authors: string, venue: string, date: string): string =>
      `<p><a href="https://example.org/${title.length}.pdf">${title}</a></p><p>${authors}</p><p>${venue}</p><p>${date}</p>`;
    const html = `<html><head><title>Publicações de Beatriz Moura</title></head><body><main>
<h1>Publicações</h1>
${entry('Lightweight ontologies for biological collections', 'Carla Dias e Beatriz Moura', 'Revista Brasileira de Computação Aplicada - vol. 11, n. 2', 'Junho de 2019')}
${entry('Versioned provenance for field observations', 'Rui Teles e Ana Paula Souza e Beatriz Moura', 'XIV Brazilian Symposium on Databases - SBBD 2019, Fortaleza', 'Outubro de 2019')}
<p>2018</p>
${entry('Graph queries over herbarium records', 'Beatriz Moura e Tomás Rocha', '7th Workshop on Biodiversity Informatics - WBI 2018, Natal', 'Março de 2018')}
</main></body></html>`;
    const profile = buildProfile(htmlToCvDocument(html, null));
    expect(profile.publications.map((p) => p.title)).toEqual([
      'Lightweight ontologies for biological collections',
      'Versioned provenance for field observations',
      'Graph queries over herbarium records',
    ]);
  });
});
