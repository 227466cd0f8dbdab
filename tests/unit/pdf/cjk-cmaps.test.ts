import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { acquirePdf } from '../../../utils/acquire/pdf/acquire-pdf';
import { loadNodePdfJs, pdfFileToCvDocument } from '../../../utils/acquire/pdf/node';

/** A real Chinese CV (tests/corpus) whose CJK fonts carry no ToUnicode table. */
const CHINESE_CV = 'tests/corpus/docs/pdf-latex-zh-long.pdf';

describe('PDF fonts without a ToUnicode table', () => {
  it('reads Chinese text through the packed character maps', async () => {
    const text = (await pdfFileToCvDocument(CHINESE_CV)).lines.map((l) => l.text).join('\n');
    expect(text).toContain('龙思宇');
    expect(text).toContain('教育背景');
  });

  it('loses that text without the maps, which is why every reader passes them', async () => {
    const bytes = new Uint8Array(readFileSync(CHINESE_CV));
    const text = (await acquirePdf(bytes, await loadNodePdfJs())).lines.map((l) => l.text).join('\n');
    expect(text).not.toContain('教育背景');
  });
});
