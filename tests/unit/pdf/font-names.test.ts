import { describe, expect, it } from 'vitest';
import { acquirePdf } from '../../../utils/acquire/pdf/acquire-pdf';
import { loadNodePdfJs } from '../../../utils/acquire/pdf/node';
import type { PdfJsDocument, PdfJsLib, PdfJsPage } from '../../../utils/acquire/pdf/pdfjs-types';
import { readFixtureBytes } from '../../support/fixtures';

/**
 * pdf.js counting the operator lists built; with `strip`, as pdf.js has it unpatched: text styles
 * without the fonts' names, so the operator lists name them.
 */
function watched(pdfjs: PdfJsLib, counter: { lists: number }, strip: boolean): PdfJsLib {
  const page = (p: PdfJsPage): PdfJsPage => ({
    getViewport: (params) => p.getViewport(params),
    getTextContent: async () => {
      const content = await p.getTextContent();
      if (!strip) return content;
      const styles = Object.fromEntries(
        Object.entries(content.styles).map(([id, { fontName: _, ...style }]) => [id, style]),
      );
      return { ...content, styles };
    },
    getOperatorList: (params) => {
      counter.lists++;
      return p.getOperatorList(params);
    },
    commonObjs: p.commonObjs,
    cleanup: () => p.cleanup(),
  });
  const doc = (d: PdfJsDocument): PdfJsDocument => ({
    numPages: d.numPages,
    getPage: async (n) => page(await d.getPage(n)),
    getAnnotationsByType: (types, skip) => d.getAnnotationsByType(types, skip),
    getMetadata: () => d.getMetadata(),
    destroy: () => d.destroy(),
  });
  return {
    getDocument: (params) => {
      const task = pdfjs.getDocument(params);
      return { promise: task.promise.then(doc), destroy: () => task.destroy() };
    },
  };
}

describe('PDF font names', () => {
  it('come from the text styles in Node, the same as the operator lists give them', async () => {
    const pdfjs = await loadNodePdfJs();
    const bytes = readFixtureBytes('seeds/pdf/elesedy.pdf');
    const styles = { lists: 0 };
    const lists = { lists: 0 };
    const fromStyles = await acquirePdf(bytes, watched(pdfjs, styles, false));
    const fromLists = await acquirePdf(bytes, watched(pdfjs, lists, true));
    expect(styles.lists).toBe(0);
    expect(lists.lists).toBeGreaterThan(0);
    expect(fromStyles).toEqual(fromLists);
  });
});
