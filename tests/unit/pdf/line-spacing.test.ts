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

/** The lines under the header (which ends at 96 pt). */
const belowHeader = (lines: Line[]): Line[] => lines.filter((l) => (l.y ?? 0) > 110);

/** A line across the page above the header: the text reaches 550. */
const wideNote = {
  ...textItem('Jane Roe, Department of Physics, Riverside State University', 50, 40),
  width: 500,
};

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

  it('keeps a ragged paragraph set narrower than the page one block where paragraphs end with a blank line', () => {
    // A word processor's references with a right indent: lines end near 450 although the page's
    // text reaches 550, so the next line's first word would have fitted on the page. The blank
    // line between references is what ends a paragraph here.
    const wideLine = {
      ...textItem('Jane Roe, Department of Physics, Riverside State University, jane@example.org', 50, 60),
      width: 500,
    };
    const ragged = [
      textItem('Roe J., A. Doe and B. Poe, 2017: Composite analysis of North American East Coast', 50, 160),
      textItem('extratropical storms and their environment as simulated by a regional climate', 50, 172),
      textItem('model, submitted to QJRMS.', 50, 184),
      textItem('Poe B. and J. Roe, 2016: Water temperature modelling on the Miramichi drainage', 50, 208),
      textItem('basin: future thermal scenarios and implications for Atlantic salmon, in a', 50, 220),
      textItem('report of the Rivers Institute.', 50, 232),
    ];
    const lines = belowHeader(layoutDocument([syntheticPage([wideLine, ...ragged])]));
    const blocks = [...new Set(lines.map((l) => l.block))];
    expect(blocks).toHaveLength(2);
    expect(
      lines
        .filter((l) => l.block === blocks[0])
        .map((l) => l.text)
        .join(' '),
    ).toBe(
      'Roe J., A. Doe and B. Poe, 2017: Composite analysis of North American East Coast extratropical storms and their environment as simulated by a regional climate model, submitted to QJRMS.',
    );
  });

  it('keeps a list of short lines apart where paragraphs end with a blank line', () => {
    const journals = [
      'Journal of Political Economy',
      'Journal of Urban Economics',
      'Canadian Journal of Economics',
    ];
    const items = [
      textItem(journals[0]!, 50, 150),
      textItem(journals[1]!, 50, 162),
      textItem(journals[2]!, 50, 186),
    ];
    const lines = belowHeader(layoutDocument([syntheticPage([...singleSpaced, wideNote, ...items])]));
    expect(lines.map((l) => l.text)).toEqual(journals);
    expect(new Set(lines.map((l) => l.block)).size).toBe(3);
  });
});
