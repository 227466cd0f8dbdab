import { describe, expect, it } from 'vitest';
import { layoutDocument } from '../../../utils/document/pdf-layout/layout-document';
import type { PdfTextInput } from '../../../utils/document/pdf-layout/types';
import type { Line } from '../../../utils/document/types';
import { syntheticPage, textItem } from './support';

/** A line of words filling the text width (50–550): the next line is its wrap. */
function full(text: string, baseline: number): PdfTextInput {
  return { ...textItem(text, 50, baseline), width: 500 };
}

/** Single-spaced lines (1.2 em apart) that set the document's line pitch. */
const singleSpaced = [
  'Jane Roe',
  'Department of Physics',
  'Riverside State University',
  'jane@example.org',
].map((t, i) => textItem(t, 50, 60 + i * 12));

/** The lines under the single-spaced header (which ends at 96 pt). */
const belowHeader = (lines: Line[]): Line[] => lines.filter((l) => (l.y ?? 0) > 100);

describe('line spacing wider than the document pitch', () => {
  it('keeps a reference wrapped over double-spaced lines one line, and breaks at the wider step between references', () => {
    // References in double spacing (2.4 em per line) with 0.8 em more between references.
    const references = [
      full('Roe, J., Doe, A., & Poe, B. (2024). Thermal contrast enhancement predicts paradoxical', 160),
      full('heat sensation in a large sample of healthy adults. Communications Psychology, 2(1),', 184),
      textItem('1–8. https://doi.org/10.1000/xyz1', 50, 208),
      full('Poe, B., Roe, J., & Doe, A. (2025). Assessing individual sensitivity to the thermal grill', 240),
      full('illusion: a two-dimensional adaptive psychophysical approach. The Journal of Pain, 27,', 264),
      textItem('104732. https://doi.org/10.1000/xyz2', 50, 288),
    ];
    const lines = belowHeader(layoutDocument([syntheticPage([...singleSpaced, ...references])]));
    expect(lines.map((l) => l.text)).toEqual([
      'Roe, J., Doe, A., & Poe, B. (2024). Thermal contrast enhancement predicts paradoxical heat sensation in a large sample of healthy adults. Communications Psychology, 2(1), 1–8. https://doi.org/10.1000/xyz1',
      'Poe, B., Roe, J., & Doe, A. (2025). Assessing individual sensitivity to the thermal grill illusion: a two-dimensional adaptive psychophysical approach. The Journal of Pain, 27, 104732. https://doi.org/10.1000/xyz2',
    ]);
  });

  it('keeps items of a list set with extra space between them apart: their lines end short', () => {
    const items = [
      '2021 Best paper award, Conference on Things',
      '2019 Travel grant, Society of Stuff',
      '2018 Dean’s list',
    ];
    const list = items.map((t, i) => textItem(t, 50, 160 + i * 24));
    const lines = belowHeader(layoutDocument([syntheticPage([...singleSpaced, ...list])]));
    expect(lines.map((l) => l.text)).toEqual(items);
    expect(new Set(lines.map((l) => l.block)).size).toBe(3);
  });
});
