import { describe, expect, it } from 'vitest';
import type { Line } from '../../../utils/document/types';
import { documentLineFeatures } from '../../../utils/sections/line-features';

interface Look {
  x?: number;
  y?: number;
  bold?: boolean;
  size?: number;
  kind?: Line['kind'];
  depth?: number;
  block?: number;
}

/** A one-cell line of a PDF page (x and y given) or an HTML page (both left out). */
function line(text: string, look: Look, index: number): Line {
  const x = look.x ?? null;
  return {
    cells: [
      {
        runs: [{ text, bold: look.bold ?? false, italic: false, href: null }],
        text,
        x,
        right: x === null ? null : x + 300,
      },
    ],
    text,
    kind: look.kind ?? 'line',
    headingLevel: null,
    fontSize: look.size ?? (x === null ? null : 10),
    page: 1,
    y: look.y ?? null,
    depth: look.depth ?? 0,
    block: look.block ?? index,
  };
}

const lines = (rows: [string, Look][]): Line[] => rows.map(([text, look], i) => line(text, look, i));
const featuresOf = (doc: Line[], text: string): readonly string[] =>
  documentLineFeatures(doc)[doc.findIndex((l) => l.text === text)] ?? [];

/** A PDF page: sub-headings at x 96 in body type, their entries at x 120, 14 points apart. */
const page = lines([
  ['Jane Doe', { x: 96, y: 40, size: 16 }],
  ['Current', { x: 96, y: 80 }],
  ['Director, Institute for Economic Growth, 2024–present', { x: 120, y: 94 }],
  ['Professor, Department of Economics, 2002–present', { x: 120, y: 108 }],
  ['Chair, Department of Economics, 2010–2015', { x: 120, y: 122 }],
  ['Past', { x: 96, y: 150 }],
  ['Assistant Professor, Department of Economics, 1985–1988', { x: 120, y: 164 }],
  ['Lecturer, Department of Statistics, 1983–1985', { x: 120, y: 178 }],
]);

describe('line features against the neighbouring lines', () => {
  it('a line further left than the two lines below it starts left of them; an entry does not', () => {
    expect(featuresOf(page, 'Current')).toContain('layout:starts left of the lines below');
    expect(featuresOf(page, 'Professor, Department of Economics, 2002–present')).not.toContain(
      'layout:starts left of the lines below',
    );
  });

  it('in HTML a paragraph over a nested list starts left of it', () => {
    const html = lines([
      ['Talks', { kind: 'paragraph' }],
      ['Invited talk at the Workshop on Learning, Paris', { kind: 'list-item', depth: 1 }],
      ['Seminar talk at the Department of Statistics, Oxford', { kind: 'list-item', depth: 1 }],
    ]);
    expect(featuresOf(html, 'Talks')).toContain('layout:starts left of the lines below');
  });

  it('a line set unlike the two lines below it, which look alike, is marked; the first of those is not', () => {
    expect(featuresOf(page, 'Past')).toContain('style:unlike the lines below, which share a style');
    expect(featuresOf(page, 'Assistant Professor, Department of Economics, 1985–1988')).not.toContain(
      'style:unlike the lines below, which share a style',
    );
  });

  it('a short line heading a run of longer lines that look alike', () => {
    expect(featuresOf(page, 'Past')).toContain('short:heads a run of like lines');
    expect(featuresOf(page, 'Past')).toContain('shape:shorter than the lines around');
    expect(featuresOf(page, 'Lecturer, Department of Statistics, 1983–1985')).not.toContain(
      'shape:shorter than the lines around',
    );
  });

  it('a short line alone after a wide gap, with a wide gap below', () => {
    expect(featuresOf(page, 'Past')).toContain('short:alone after a gap');
    expect(featuresOf(page, 'Jane Doe')).toContain('gap:wide below');
    expect(featuresOf(page, 'Lecturer, Department of Statistics, 1983–1985')).not.toContain(
      'short:alone after a gap',
    );
  });

  it('a line in the style most section-named lines share is marked, whatever its words', () => {
    const doc = lines([
      ['Education', { kind: 'paragraph', bold: true }],
      ['PhD in Economics, University of Chicago, 2001', { kind: 'list-item', depth: 1 }],
      ['Publications', { kind: 'paragraph', bold: true }],
      ['Doe, J. (2010). A paper on growth. Journal of Economics.', { kind: 'list-item', depth: 1 }],
      ['Mentoring', { kind: 'paragraph', bold: true }],
      ['Sam Roe, PhD 2019, now at Example University', { kind: 'list-item', depth: 1 }],
      ['A sentence about my research in plain paragraph type.', { kind: 'paragraph' }],
    ]);
    expect(featuresOf(doc, 'Mentoring')).toContain('style:mostly named headings');
    expect(featuresOf(doc, 'A sentence about my research in plain paragraph type.')).not.toContain(
      'style:mostly named headings',
    );
  });
});
