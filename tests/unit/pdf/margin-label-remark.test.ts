import { describe, expect, it } from 'vitest';
import { layoutDocument } from '../../../utils/document/pdf-layout/layout-document';
import type { PdfTextInput } from '../../../utils/document/pdf-layout/types';
import { syntheticPage, textItem } from './support';

describe('a margin label wrapped onto a remark in parentheses', () => {
  // Labels at x 50, the body at x 160; "Publications" wraps onto "(selected)" beside its first entry.
  const rows: [string | null, string][] = [
    ['Education', 'Ph.D., Physics, University of Bath, 2015'],
    [null, 'B.Sc., Physics, University of Leeds, 2010'],
    ['Publications', 'A. Author and B. Author. A route to amides. J. Org. Chem., 2018'],
    ['(selected)', 'B. Author. Another result on esters. Org. Lett., 2017'],
    ['Skills', 'Python, NMR spectroscopy'],
    ['Languages', 'English, Spanish'],
  ];
  const items: PdfTextInput[] = [];
  let y = 100;
  for (const [label, body] of rows) {
    if (label && label !== '(selected)') y += 10;
    if (label) items.push(textItem(label, 50, y));
    items.push(textItem(body, 160, y));
    y += 13;
    // Most lines are the body's: lines of detail under each entry, the label's remark aside.
    if (label === 'Publications') continue;
    for (const detail of ['Details of what was done there', 'and of what came of it']) {
      items.push(textItem(detail, 170, y));
      y += 13;
    }
  }

  it('is one heading with its remark, and the entry beside the remark keeps only its own text', () => {
    const lines = layoutDocument([syntheticPage(items)]);
    const headings = lines.filter((l) => l.kind === 'heading').map((l) => l.text);
    expect(headings).toEqual(['Education', 'Publications (selected)', 'Skills', 'Languages']);
    expect(lines.map((l) => l.text)).toContain('B. Author. Another result on esters. Org. Lett., 2017');
  });
});
