import { describe, expect, it } from 'vitest';
import { escapeBibtex, exportBibtex } from '../../../utils/export/bibtex';
import { newRecord } from '../../../utils/store/record';
import { seedProfile } from '../../support/profiles';

const record = (id: 'elesedy' | 'hayou', cid: string) =>
  newRecord(seedProfile(id, 'html'), null, '2025-01-01T00:00:00.000Z', cid);

describe('BibTeX export', () => {
  it('escapes LaTeX specials once', () => {
    expect(escapeBibtex('50% of R&D_{x} ~ $5 #1 ^ \\')).toBe(
      '50\\% of R\\&D\\_\\{x\\} \\~{} \\$5 \\#1 \\^{} \\textbackslash{}',
    );
  });

  it('types entries by kind and carries DOIs', () => {
    const bib = exportBibtex([record('elesedy', 'c1')]);
    expect(bib).toMatch(/@inproceedings\{elesedy2024lora,\n {2}title = \{LoRA-Guard/);
    expect(bib).toMatch(/@phdthesis\{[^,]+,[^@]*school = \{University of Oxford\}/);
    expect(bib).toMatch(/@article\{[^@]*journal = \{Royal Society Open Science\}/);
    expect(bib).toContain('doi = {10.1234/elesedy.0}');
  });

  it('gives stable keys unique across every candidate', () => {
    const records = [record('elesedy', 'c1'), record('elesedy', 'c2'), record('hayou', 'c3')];
    const bib = exportBibtex(records);
    const keys = [...bib.matchAll(/^@\w+\{([^,]+),/gm)].map((m) => m[1]);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toHaveLength(9 + 9 + 24);
    expect(exportBibtex(records)).toBe(bib);
    // Braces balance in every entry, so BibTeX reads each to its end.
    for (const block of bib.split(/\n(?=@)/)) {
      const body = block.replace(/\\[{}]/g, '');
      expect(body.split('{').length).toBe(body.split('}').length);
    }
  });
});
