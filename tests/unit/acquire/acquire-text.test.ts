import { describe, expect, it } from 'vitest';
import { acquireText } from '../../../utils/acquire/text/index';
import { readFixture, SEED_TEXTS } from '../../support/fixtures';

describe('acquireText', () => {
  it('reads blocks, list items, bold runs and links from a text CV', () => {
    const doc = acquireText(readFixture(SEED_TEXTS.elesedy));
    expect(doc.lines[0]!.text).toBe('Hayder Elesedy');
    const dphil = doc.lines.find((l) => l.text.includes('DPhil'))!;
    expect(dphil.cells[0]!.runs.some((r) => r.bold && r.text === 'DPhil Machine Learning')).toBe(true);
    expect(doc.lines.filter((l) => l.kind === 'list-item').length).toBeGreaterThanOrEqual(9);
    expect(doc.links).toContain('mailto:hayder.elesedy@gmail.com');
  });

  it('splits columns at wide gaps', () => {
    const doc = acquireText('2019 – 2021\tPostdoc, Example University\n');
    expect(doc.lines[0]!.cells.map((c) => c.text)).toEqual(['2019 – 2021', 'Postdoc, Example University']);
  });
});
