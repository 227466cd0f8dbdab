import { describe, expect, it } from 'vitest';
import { layoutDocument } from '../../../utils/document/pdf-layout/layout-document';
import type { PdfPageInput, PdfTextInput } from '../../../utils/document/pdf-layout/types';
import { syntheticPage, textItem } from './support';

const item = textItem;
const page = syntheticPage;

/** A res.cls-style page: labels at x 50, the body at x 160, a long label wrapped over two lines. */
function marginPage(): PdfPageInput {
  const rows: [string | null, string][] = [
    ['Education', 'Ph.D., Chemistry, University of Bath, 2015'],
    [null, 'B.Sc., Chemistry, University of Leeds, 2010'],
    ['Professional', 'Research Fellow, University of Oxford, 2016 to present'],
    ['Experience', 'Led the synthesis group of four students'],
    [null, 'Postdoctoral Associate, ETH Zurich, 2015 to 2016'],
    ['Publications', 'A. Author and B. Author. A catalytic route to amides. J. Org. Chem., 2018'],
    [null, 'B. Author. Another result on esters. Org. Lett., 2017'],
    ['Skills', 'Python, NMR spectroscopy'],
  ];
  const items: PdfTextInput[] = [];
  let y = 100;
  for (const [label, body] of rows) {
    // A new section starts with extra space above it, as the class sets it.
    if (label && !['Experience'].includes(label)) y += 10;
    if (label) items.push(item(label, 50, y));
    items.push(item(body, 160, y));
    y += 13;
    // Entries have a line of description below them, in the body column; the label's second line
    // ("Experience") comes level with the line after "Professional".
    if (label === 'Professional') continue;
    items.push(item('• Details of what was done there', 170, y));
    y += 13;
  }
  return page(items);
}

describe('section labels in a left margin', () => {
  it('become heading lines of their own, a wrapped label joined, before the lines they label', () => {
    const lines = layoutDocument([marginPage()]);
    const headings = lines.filter((l) => l.kind === 'heading').map((l) => l.text);
    expect(headings).toEqual(['Education', 'Professional Experience', 'Publications', 'Skills']);
    const texts = lines.map((l) => l.text);
    expect(texts.indexOf('Professional Experience')).toBeLessThan(
      texts.findIndex((t) => t.startsWith('Research Fellow')),
    );
    expect(texts).toContain('Led the synthesis group of four students');
    expect(texts.some((t) => t.startsWith('Experience'))).toBe(false);
    // Each lifted label is a block of its own, and the entry beside it keeps its own block.
    const education = lines.find((l) => l.text === 'Education')!;
    const phd = lines.find((l) => l.text.startsWith('Ph.D.'))!;
    expect(phd.block).not.toBe(education.block);
  });

  it('leaves a dates column alone: a left column of years is not a column of labels', () => {
    const items = ['2015 – 2019', '2012 – 2015', '2010', 'Spring 2009'].flatMap((date, i) => [
      item(date, 50, 100 + i * 20),
      item(`Entry number ${i + 1} with some words`, 160, 100 + i * 20),
    ]);
    const lines = layoutDocument([page(items)]);
    expect(lines.filter((l) => l.kind === 'heading')).toEqual([]);
    expect(lines[0]!.text).toBe('2015 – 2019 Entry number 1 with some words');
  });

  it('leaves a sidebar of contact lines alone: nothing level with it in the body', () => {
    const side = ['Contact', 'Email jane at example', 'Languages', 'French and German'].map((t, i) =>
      item(t, 50, 100 + i * 30),
    );
    const body = ['Experience', 'Engineer at Acme since last year', 'Education', 'Master of Science'].map(
      (t, i) => item(t, 200, 115 + i * 30),
    );
    const lines = layoutDocument([page([...side, ...body])]);
    expect(lines.filter((l) => l.kind === 'heading').map((l) => l.text)).not.toContain('Contact');
  });
});
