import { describe, expect, it } from 'vitest';
import { csvField, exportCsv } from '../../../utils/export/csv';
import { newRecord } from '../../../utils/store/record';
import { seedProfile } from '../../support/profiles';

/** An RFC 4180 reader, to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      row.push(cell);
      cell = '';
    } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else {
      cell += c;
    }
  }
  return rows;
}

function record() {
  const r = newRecord(seedProfile('hayou', 'html'), 'https://h.example', '2025-01-01T00:00:00.000Z', 'c1');
  return { ...r, notes: '=HYPERLINK("http://evil","x")', tags: ['+1', '@home', 'ok'] };
}

describe('CSV export', () => {
  it('quotes per RFC 4180', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvField(-3)).toBe('-3');
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    for (const bad of ['=1+1', '+1', '-2+3', '@SUM(A1)', '\tx', '\rx'])
      expect(csvField(bad).replace(/^"/, '')).toMatch(/^'/);
    const rows = parseCsv(exportCsv([record()]));
    const header = rows[0]!;
    const row = rows[1]!;
    expect(row[header.indexOf('notes')]).toBe(`'=HYPERLINK("http://evil","x")`);
    expect(row[header.indexOf('tags')]).toBe(`'+1; @home; ok`);
  });

  it('writes one row per candidate with the committee columns', () => {
    const text = exportCsv([record(), { ...record(), id: 'c2' }]);
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(text);
    expect(rows).toHaveLength(3);
    const [header, row] = [rows[0]!, rows[1]!];
    for (const column of [
      'name',
      'affiliation',
      'phd_year',
      'positions',
      'publications_conference',
      'verified',
      'citations',
      'h_index',
      'rating',
      'status',
    ]) {
      expect(header).toContain(column);
    }
    expect(row[header.indexOf('name')]).toBe('Soufiane Hayou');
    expect(row[header.indexOf('publications')]).toBe('24');
    expect(row.every((cell, i) => header[i] !== undefined || cell === '')).toBe(true);
  });
});
