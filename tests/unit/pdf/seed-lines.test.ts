import { describe, expect, it } from 'vitest';
import { seedDoc, texts } from './support';

describe('seed PDFs → document lines', () => {
  it('Elesedy: name heading, dates column as its own cell, one block per entry', async () => {
    const doc = await seedDoc('elesedy');
    expect(doc.source).toMatchObject({ kind: 'pdf', pages: 2 });
    const name = doc.lines[0]!;
    expect(name).toMatchObject({ text: 'Hayder Elesedy', kind: 'heading', headingLevel: 1, page: 1 });
    const headings = doc.lines.filter((l) => l.kind === 'heading').map((l) => l.text);
    expect(headings).toEqual(
      expect.arrayContaining([
        'Education',
        'Experience',
        'Selected Publications & Preprints',
        'Awards & Service',
      ]),
    );
    const dphil = doc.lines.find((l) => l.text.includes('DPhil Machine Learning'))!;
    expect(dphil.kind).toBe('table-row');
    expect(dphil.cells.map((c) => c.text)).toEqual([
      '10/18 – 06/23',
      'DPhil Machine Learning Department of Computer Science, University of Oxford',
    ]);
    expect(dphil.cells[1]!.runs[0]).toMatchObject({
      text: 'DPhil Machine Learning',
      bold: true,
      italic: false,
    });
    // The thesis line (a forced \newline) stays its own line in the same entry block.
    const thesis = doc.lines.find((l) => l.text.startsWith('Thesis: Symmetry'))!;
    expect(thesis.block).toBe(dphil.block);
    expect(thesis.cells[0]!.runs.find((r) => r.italic)?.text).toBe(
      'Symmetry and Generalisation in Machine Learning',
    );
    const dated = doc.lines.filter((l) => /^\d\d\/\d\d – \d\d\/\d\d$/.test(l.cells[0]!.text));
    expect(dated).toHaveLength(7);
    expect(new Set(dated.map((l) => l.block)).size).toBe(7);
  });

  it('Elesedy: words hyphenated at line ends are joined, real hyphens kept', async () => {
    const all = texts(await seedDoc('elesedy')).join('\n');
    for (const word of [
      'machine learning, the lottery',
      '(differential) geometry',
      'Large Language Models.',
      'discretionary team',
      'Probabilistic Learning',
      'fixed-term contract',
    ]) {
      expect(all).toContain(word);
    }
    expect(all).not.toMatch(/learn- ?ing|Mod- ?els|con- ?tract/);
    expect(all).toContain('Multi-disciplinary');
    expect(all).toContain('COVID-19');
  });

  it('Elesedy: page numbers are gone, links are attached to their text', async () => {
    const doc = await seedDoc('elesedy');
    expect(doc.lines.some((l) => /^\d+$/.test(l.text))).toBe(false);
    expect(doc.links.slice(0, 3)).toEqual([
      'https://hayder.ai/',
      'https://github.com/brynhayder',
      'mailto:hayder.elesedy@gmail.com',
    ]);
    const contact = doc.lines[1]!;
    const mail = contact.cells
      .flatMap((c) => c.runs)
      .find((r) => r.href === 'mailto:hayder.elesedy@gmail.com');
    expect(mail?.text).toBe('hayder.elesedy@gmail.com');
    const pubs = doc.lines.filter((l) => l.kind === 'list-item' && /^\d\. /.test(l.text));
    expect(pubs).toHaveLength(9);
  });

  it('Hayou: ligatures merged, dates right-aligned as a cell, wrapped titles joined', async () => {
    const doc = await seedDoc('hayou');
    expect(doc.lines[0]!.text).toBe('Soufiane Hayou');
    expect(doc.meta.title).toBe('Soufiane Hayou | Simons Institute, UC Berkeley');
    const all = texts(doc).join('\n');
    expect(all).toContain('https://www.soufianehayou.com/');
    expect(all).toContain('pretraining and finetuning');
    const nus = doc.lines.find((l) => l.text.startsWith('National University of Singapore'))!;
    expect(nus.cells.map((c) => c.text)).toEqual([
      'National University of Singapore — PTA Assistant Professor of Mathematics',
      'Singapore · 2021 – Current',
    ]);
    expect(nus.cells[1]!.runs.every((r) => r.italic)).toBe(true);
    const oxford = doc.lines.find((l) => l.text.includes('PhD in Statistics'))!;
    expect(oxford.cells).toHaveLength(2);
    expect(oxford.cells[1]!.text).toBe('Oxford, United Kingdom · 2017 – 2021');
    expect(doc.lines.filter((l) => l.kind === 'list-item' && /^[✦✧]/u.test(l.text))).toHaveLength(24);
  });

  it('El Mhamdi: accents built from spacing marks come out composed (NFC)', async () => {
    const doc = await seedDoc('elmhamdi');
    const all = texts(doc).join('\n');
    expect(all).toContain('Dr Lê Nguyễn Hoàng, we');
    expect(all).toBe(all.normalize('NFC'));
    expect(all).not.toMatch(/[\u02dc\u02c6`´]/u);
    expect(doc.lines[0]).toMatchObject({ text: 'El Mahdi El Mhamdi', kind: 'heading', headingLevel: 1 });
    expect(doc.lines.find((l) => l.text.startsWith('One Page Summary'))!.cells.map((c) => c.text)).toEqual([
      'One Page Summary',
      'December 28, 2019',
    ]);
    expect(all).toContain('currently nominated for');
  });

  it('every line honours the model: text is the cells joined, blocks never go back', async () => {
    for (const id of ['elesedy', 'hayou', 'elmhamdi'] as const) {
      const doc = await seedDoc(id);
      let block = 0;
      for (const line of doc.lines) {
        expect(line.text).toBe(
          line.cells
            .map((c) => c.text)
            .join(' ')
            .replace(/\s+/g, ' ')
            .trim(),
        );
        expect(
          line.cells.every(
            (c) =>
              c.text ===
              c.runs
                .map((r) => r.text)
                .join('')
                .replace(/\s+/g, ' ')
                .trim(),
          ),
        ).toBe(true);
        expect(line.block).toBeGreaterThanOrEqual(block);
        block = line.block;
      }
    }
  });
});
