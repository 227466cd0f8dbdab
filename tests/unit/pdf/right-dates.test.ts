import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfBytesToCvDocument } from '../../../utils/acquire/pdf/node';
import { layoutDocument } from '../../../utils/document/pdf-layout/layout-document';
import type { PdfTextInput } from '../../../utils/document/pdf-layout/types';
import { buildProfile } from '../../../utils/profile/build-profile';
import { BLIND_FIXTURES } from '../../support/fixtures';
import { syntheticPage, textItem } from './support';

const item = textItem;

/** A date set flush against the right margin (550), as a right-aligned table cell is. */
function date(text: string, baseline: number): PdfTextInput {
  return item(text, 550 - text.length * 5, baseline);
}

const page = syntheticPage;

const blindPdf = (name: string): Promise<ReturnType<typeof buildProfile>> =>
  pdfBytesToCvDocument(new Uint8Array(fs.readFileSync(path.join(BLIND_FIXTURES, 'pdf', name)))).then(
    buildProfile,
  );

describe('a table with dates right-aligned in their own column', () => {
  // The date column starts at 450, where its widest date does; titles wrap before it.
  const items = [
    item('Associate Professor of Epidemiology and Population Studies, School of Public', 50, 100),
    date('Since 2020', 100),
    item('Health, Riverside State University', 50, 114),
    item('Assistant Professor of Epidemiology, Riverside State University', 50, 134),
    date('Sept 2015 – Aug 2020', 134),
    item('Postdoctoral Research Fellow in Epidemiology, Harbor Institute for Global', 50, 154),
    date('2013-15', 154),
    item('Health', 50, 168),
    { ...item('A closing paragraph that runs across the whole width of the page.', 50, 196), width: 500 },
  ];

  it('joins a title wrapped beside a short date, measuring up to the date column', () => {
    const lines = layoutDocument([page(items)]);
    expect(lines.map((l) => l.cells.map((c) => c.text))).toEqual([
      [
        'Associate Professor of Epidemiology and Population Studies, School of Public Health, Riverside State University',
        'Since 2020',
      ],
      ['Assistant Professor of Epidemiology, Riverside State University', 'Sept 2015 – Aug 2020'],
      ['Postdoctoral Research Fellow in Epidemiology, Harbor Institute for Global Health', '2013-15'],
      ['A closing paragraph that runs across the whole width of the page.'],
    ]);
    // Each dated row starts an entry; the wrapped tails do not.
    expect(lines.slice(0, 3).map((l) => l.kind)).toEqual(['table-row', 'table-row', 'table-row']);
    expect(new Set(lines.slice(0, 3).map((l) => l.block)).size).toBe(3);
  });

  it('keeps a line that was broken on purpose as a line of the same entry', () => {
    const withOrg = [
      item('Research Associate', 50, 100),
      date('2018 – 2020', 100),
      item('Northfield National Laboratory', 50, 114),
      ...items.slice(3),
    ];
    const lines = layoutDocument([page(withOrg)]);
    expect(lines.slice(0, 2).map((l) => l.text)).toEqual([
      'Research Associate 2018 – 2020',
      'Northfield National Laboratory',
    ]);
    expect(lines[1]!.block).toBe(lines[0]!.block);
  });

  it('still ends short lines above the first dated row where they were broken', () => {
    const lines = layoutDocument([
      page([item('Epidemiology', 50, 72), item('Biostatistics', 50, 86), ...items]),
    ]);
    expect(lines.slice(0, 2).map((l) => l.text)).toEqual(['Epidemiology', 'Biostatistics']);
    expect(lines[1]!.block).not.toBe(lines[0]!.block);
    expect(lines[2]!.block).not.toBe(lines[1]!.block);
  });

  it('reads the Word-export CV word-okafor.pdf whole', async () => {
    const profile = await blindPdf('word-okafor.pdf');
    expect(profile.positions.map((p) => [p.title, p.organization])).toEqual([
      ['Associate Professor of Epidemiology', 'Riverside State University'],
      ['Assistant Professor of Epidemiology', 'Riverside State University'],
      ['Postdoctoral Research Fellow', 'Harbor Institute for Global Health'],
    ]);
    expect(profile.education.map((e) => e.title)).toEqual([
      'PhD, Epidemiology',
      'MPH, Global Health',
      'MBBS',
    ]);
  });

  it('reads the flexbox CV flex-ramanathan.pdf, whose dates push titles to different widths', async () => {
    const profile = await blindPdf('flex-ramanathan.pdf');
    expect(profile.positions.map((p) => p.title)).toEqual([
      'Senior Research Scientist and Group Leader in Computational Materials Discovery and Design',
      'Research Associate',
      'Postdoctoral Researcher in Electrochemical Energy Storage and Battery Interfaces',
    ]);
    expect(profile.person.emails).toEqual(['p.ramanathan@lakeshore-tu.edu']);
  });
});
