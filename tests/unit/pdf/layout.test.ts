import { describe, expect, it } from 'vitest';
import { layoutDocument } from '../../../utils/document/pdf-layout/layout-document';
import type { PdfTextInput } from '../../../utils/document/pdf-layout/types';
import { fontStyle } from '../../../utils/document/pdf-layout/font-style';
import { syntheticPage, textItem } from './support';

/** A text item set in Helvetica unless told otherwise. */
const item = (text: string, x: number, baseline: number, size = 10, fontName = 'Helvetica'): PdfTextInput =>
  textItem(text, x, baseline, size, fontName);

/** A line filling the text width (50–550), as most lines of a real page do. */
function wide(text: string, baseline: number, x = 50): PdfTextInput {
  return { ...item(text, x, baseline), width: 550 - x };
}

const page = syntheticPage;

describe('PDF layout rules (synthetic pages)', () => {
  it('breaks words at a change of font between a lower-case end and a capital, as letterheads set names', () => {
    const first = item('Cédric', 100, 60, 40, 'Raleway-Light');
    const last = { ...item('Travelletti', 100 + first.width, 60, 40, 'Raleway-Bold') };
    const sameFont = item('Mac', 100, 120, 12, 'Times');
    const rest = item('Donald', 100 + sameFont.width, 120, 12, 'Times');
    const lines = layoutDocument([page([first, last, sameFont, rest])]).map((l) => l.text);
    expect(lines).toEqual(['Cédric Travelletti', 'MacDonald']);
  });

  it('reads a two-column page column by column, not row by row', () => {
    const left = ['Skills', 'Python and Rust', 'Languages', 'French, English'].map((t, i) =>
      item(t, 50, 100 + i * 14),
    );
    // The right column has its own baselines (a different leading), as altacv sidebars do.
    const right = [
      'Experience',
      '2020 Research engineer at Acme',
      'Built the data platform',
      'Education',
      'PhD, Nowhere',
    ].map((t, i) => item(t, 300, 103 + i * 17));
    const lines = layoutDocument([
      page([...right, ...left, wide('A footer note across the page.', 200)]),
    ]).map((l) => l.text);
    expect(lines.slice(0, 4)).toEqual(['Skills', 'Python and Rust', 'Languages', 'French, English']);
    expect(lines.slice(4)).toEqual([
      'Experience',
      '2020 Research engineer at Acme',
      'Built the data platform',
      'Education',
      'PhD, Nowhere',
      'A footer note across the page.',
    ]);
  });

  it('reads a heading under two columns with the full-width text below it, not as the end of a column', () => {
    const left = ['Education', '2011 PhD, Bath', 'Advisor: D. Carbery', '2007 MChem, Sheffield'].map((t, i) =>
      item(t, 50, 100 + i * 14),
    );
    const right = ['Awards', '2014 Syngenta Scholarship', '2010 Science Award'].map((t, i) =>
      item(t, 300, 103 + i * 17),
    );
    const lines = layoutDocument([
      page([
        ...left,
        ...right,
        item('Publications', 50, 190),
        wide('A title that runs across the whole width of the page, over the gutter', 206),
        wide('Murray, A. T., Surendranath, Y. ACS Catal. 2017, 7, 3307', 220),
      ]),
    ]).map((l) => l.text);
    expect(lines.indexOf('Publications')).toBe(lines.indexOf('2010 Science Award') + 1);
  });

  it('keeps a small subtitle under a large name as a line of its own, not a subscript', () => {
    const lines = layoutDocument([
      page([item('Julian Stobbe', 380, 80, 24.8), item('Résumé', 500, 94, 12), wide('Education', 130)]),
    ]).map((l) => l.text);
    expect(lines.slice(0, 2)).toEqual(['Julian Stobbe', 'Résumé']);
  });

  it('keeps text a word processor slants for want of an italic face, as italic', () => {
    const slanted = { ...wide('A Synthetic Italic Title of a Paper', 100), slanted: true };
    const [line] = layoutDocument([page([slanted])]);
    expect(line?.text).toBe('A Synthetic Italic Title of a Paper');
    expect(line?.cells[0]?.runs.every((r) => r.italic)).toBe(true);
  });

  it('keeps a dates column beside its entries as cells of one row', () => {
    const items = [
      item('2019 – 2021', 50, 100),
      item('Postdoc, Somewhere University', 150, 100),
      item('Worked on things.', 150, 114),
      item('2015 – 2019', 50, 134),
      item('PhD, Nowhere University', 150, 134),
      item('2014 – 2015', 50, 154),
      item('MSc, Elsewhere', 150, 154),
      wide('Entries are listed newest first.', 180),
    ];
    const lines = layoutDocument([page(items)]);
    expect(lines.map((l) => l.cells.map((c) => c.text))).toEqual([
      ['2019 – 2021', 'Postdoc, Somewhere University'],
      ['Worked on things.'],
      ['2015 – 2019', 'PhD, Nowhere University'],
      ['2014 – 2015', 'MSc, Elsewhere'],
      ['Entries are listed newest first.'],
    ]);
    expect(lines.map((l) => l.kind).slice(0, 4)).toEqual([
      'table-row',
      'table-row',
      'table-row',
      'table-row',
    ]);
    expect(new Set(lines.slice(0, 4).map((l) => l.block)).size).toBe(3);
  });

  it('folds superscripts into their line and merges split ligatures', () => {
    const items = [
      item('Jane Do', 50, 100),
      item('e', 85, 100),
      item('1', 91, 96, 6),
      item('Uni', 50, 114),
      item('fi', 65, 114),
      item('ed', 75, 114),
    ];
    const lines = layoutDocument([page([...items, wide('Some body text.', 140)])]).map((l) => l.text);
    expect(lines.slice(0, 2)).toEqual(['Jane Doe1', 'Unified']);
  });

  it('moves an accent that ends one text item onto the letter starting the next', () => {
    // Some fonts give "R ´" + "esum ´" + "e" for "Résumé", and "Valent´" + "ı" for "Valentí".
    const items = [item('R \u00b4', 50, 100), item('esum \u00b4', 58, 100), item('e', 86, 100)];
    expect(layoutDocument([page(items)])[0]!.text).toBe('Résumé');
    const dotless = [item('Roser Valent\u00b4', 50, 100), item('\u0131', 115, 100)];
    expect(layoutDocument([page(dotless)])[0]!.text).toBe('Roser Valentí');
  });

  it('puts a grave accent ending one item on the letter the next item draws back over it', () => {
    // pdfTeX without T1 encoding: "syst`" then "eme", the "e" starting left of the backtick's end.
    const items = [item('Le syst`', 50, 100), item('eme', 85, 100)];
    expect(layoutDocument([page(items)])[0]!.text).toBe('Le système');
    // A backtick the next glyph does not overlap is prose (code, ``quotes'') and stays.
    const code = [item('run `', 50, 100), item('ls` first', 77, 100)];
    expect(layoutDocument([page(code)])[0]!.text).toMatch(/^run ` ?ls` first$/);
  });

  it('puts a cedilla drawn after its letter, back over it, on that letter', () => {
    // TeX draws some cedillas after the letter: "Franc" + "¸ois", "FAC" + "¸ ADE".
    const after = [item('Franc', 50, 100), item('\u00b8ois', 71, 100)];
    expect(layoutDocument([page(after)])[0]!.text).toBe('François');
    const capital = [item('FAC', 50, 100), item('\u00b8 ADE', 61, 100)];
    expect(layoutDocument([page(capital)])[0]!.text).toBe('FAÇADE');
    // Before its letter: "fran¸" + "cais".
    const before = [item('fran\u00b8', 50, 100), item('cais', 70, 100)];
    expect(layoutDocument([page(before)])[0]!.text).toBe('français');
    // A cedilla that starts clear of the previous piece is not drawn under its last letter.
    const apart = [item('Franc', 50, 100), item('\u00b8ois', 80, 100)];
    expect(layoutDocument([page(apart)])[0]!.text).not.toContain('ç');
  });

  it('puts a raised spacing accent on the letter under it', () => {
    // pdfTeX: "Nguy", a tilde raised over the next glyph, then "ên".
    const items = [item('Nguy', 50, 100), item('\u02dc', 70, 97), item('ên Hoang', 70, 100)];
    expect(layoutDocument([page(items)])[0]!.text).toBe('Nguyễn Hoang');
    expect(layoutDocument([page([item('Andr\u00b4e', 50, 100)])])[0]!.text).toBe('André');
  });

  it('removes running headers, footers and page numbers', () => {
    const pages = [1, 2, 3].map((n) =>
      page(
        [
          item('Jane Doe — Curriculum Vitae', 50, 40),
          wide(`A full line of page ${n}.`, 280),
          item(`Body text of page ${n}`, 50, 300),
          item(`Page ${n} of 3`, 270, 780),
        ],
        n,
      ),
    );
    expect(layoutDocument(pages).map((l) => l.text)).toEqual(
      [1, 2, 3].flatMap((n) => [`A full line of page ${n}. Body text of page ${n}`]),
    );
  });

  it('joins words hyphenated at justified line ends, keeping compounds', () => {
    const body = (t: string, y: number): PdfTextInput => ({ ...item(t, 50, y), width: 400 });
    const items = [
      body('We study machine learn-', 100),
      body('ing and self-', 112),
      body('supervised methods with Semi-', 124),
      body('Supervised baselines and more', 136),
      body('words to fill the justified para-', 148),
      body('graph.', 160),
    ];
    const [line] = layoutDocument([page(items)]);
    expect(line!.text).toBe(
      'We study machine learning and self-supervised methods with Semi-Supervised baselines and more words to fill the justified paragraph.',
    );
  });

  it('joins a word broken at a non-breaking hyphen (U+2011), as some CV fonts set every hyphen', () => {
    const body = (t: string, y: number): PdfTextInput => ({ ...item(t, 50, y), width: 400 });
    const items = [
      body('A Hierarchical Bayesian Frame\u2011', 100),
      body('work for Demographic Inference', 112),
    ];
    expect(layoutDocument([page(items)])[0]!.text).toBe(
      'A Hierarchical Bayesian Framework for Demographic Inference',
    );
  });

  it('finds headings by size and bold capitals, and ranks them', () => {
    const items = [
      item('Jane Doe', 50, 60, 20, 'LMRoman12-Bold'),
      item('Education', 50, 100, 14, 'LMRoman12-Bold'),
      item('PhD in Things, Nowhere University, 2019', 50, 120),
      item('AWARDS', 50, 150, 10, 'CMBX10'),
      item('Best paper award at a conference, 2018', 50, 170),
    ];
    const lines = layoutDocument([page(items)]);
    expect(lines.map((l) => [l.kind, l.headingLevel])).toEqual([
      ['heading', 1],
      ['heading', 2],
      ['line', null],
      ['heading', 3],
      ['line', null],
    ]);
  });

  it('reads bold and italic from font names', () => {
    expect(fontStyle('ABCDEF+LMRoman10-Bold')).toEqual({ bold: true, italic: false });
    expect(fontStyle('CMBX10')).toEqual({ bold: true, italic: false });
    expect(fontStyle('CMTI10')).toEqual({ bold: false, italic: true });
    expect(fontStyle('SFBX1000')).toEqual({ bold: true, italic: false });
    expect(fontStyle('TimesNewRomanPS-BoldItalicMT')).toEqual({ bold: true, italic: true });
    expect(fontStyle('Calibri,Bold')).toEqual({ bold: true, italic: false });
    expect(fontStyle('DejaVuSans-Oblique')).toEqual({ bold: false, italic: true });
    expect(fontStyle('ArialMT')).toEqual({ bold: false, italic: false });
    expect(fontStyle('LMMathItalic10-Regular')).toEqual({ bold: false, italic: false });
  });
});
