import { describe, expect, it } from 'vitest';
import { layoutDocument } from '../../../utils/document/pdf-layout/layout-document';
import type { PdfTextInput } from '../../../utils/document/pdf-layout/types';
import { syntheticPage, textItem } from './support';

/** A bold label set flush right against x = 150, as Europass sets its section labels left of the body. */
function label(text: string, baseline: number): PdfTextInput {
  return textItem(text, 150 - text.length * 5, baseline, 10, 'Arial-BoldMT');
}

/** Body text beside the labels, on baselines of its own (a smaller type, set a little lower). */
const body = (text: string, baseline: number): PdfTextInput =>
  textItem(text, 165, baseline + 6, 9, 'ArialMT');

describe('a heading wrapped over two lines', () => {
  const items = [
    label('TEACHING', 100),
    body('Point Cloud Processing, Technical University of Munich', 100),
    body('Lecture on acquisition, registration and reconstruction', 112),
    label('CONFERENCES AND SEM-', 140),
    label('INARS', 152),
    body('Keynote speaker, Workshop on Urban Digital Twins, Delft', 140),
    body('Speaker, ISPRS Congress, Nice', 164),
    label('OTHER', 192),
    label('INTERESTS', 216),
    body('Mountaineering and photography', 216),
  ];

  it('is one heading line, its word rejoined at the hyphen', () => {
    const headings = layoutDocument([syntheticPage(items)])
      .filter((l) => l.kind === 'heading')
      .map((l) => l.text);
    expect(headings).toContain('CONFERENCES AND SEMINARS');
    expect(headings).not.toContain('INARS');
  });

  it('keeps headings two line pitches apart as two headings', () => {
    const headings = layoutDocument([syntheticPage(items)])
      .filter((l) => l.kind === 'heading')
      .map((l) => l.text);
    expect(headings).toEqual(expect.arrayContaining(['OTHER', 'INTERESTS']));
  });
});
