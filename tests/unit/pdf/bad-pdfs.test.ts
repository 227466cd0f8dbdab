import { describe, expect, it } from 'vitest';
import { acquirePdf } from '../../../utils/acquire/pdf/acquire-pdf';
import { PdfError, type PdfErrorReason } from '../../../utils/acquire/pdf/errors';
import { loadNodePdfJs, pdfBytesToCvDocument } from '../../../utils/acquire/pdf/node';
import { readFixtureBytes } from '../../support/fixtures';
import { fixtureBytes } from './support';

async function reasonOf(promise: Promise<unknown>): Promise<{ reason: PdfErrorReason; message: string }> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(PdfError);
    const { reason, message } = error as PdfError;
    return { reason, message };
  }
  throw new Error('expected a PdfError');
}

describe('bad PDFs → typed errors with a clear message', () => {
  it('encrypted (a user password is required)', async () => {
    const { reason, message } = await reasonOf(pdfBytesToCvDocument(fixtureBytes('encrypted.pdf')));
    expect(reason).toBe('encrypted');
    expect(message).toMatch(/password/);
  });

  it('restricted but openable (owner password only) is read', async () => {
    const doc = await pdfBytesToCvDocument(fixtureBytes('owner-password-only.pdf'));
    expect(doc.lines.map((l) => l.text)).toContain('Jane Doe');
  });

  it('scanned: no text layer, and says that no OCR is done', async () => {
    const { reason, message } = await reasonOf(pdfBytesToCvDocument(fixtureBytes('scanned.pdf')));
    expect(reason).toBe('scanned');
    expect(message).toMatch(/no text layer/);
    expect(message).toMatch(/OCR/);
  });

  it('corrupt: a truncated file, and a seed PDF cut in half', async () => {
    expect((await reasonOf(pdfBytesToCvDocument(fixtureBytes('truncated.pdf')))).reason).toBe('corrupt');
    const seed = readFixtureBytes('seeds/pdf/elesedy.pdf');
    expect((await reasonOf(pdfBytesToCvDocument(seed.slice(0, seed.length >> 1)))).reason).toBe('corrupt');
  });

  it('not a PDF: an HTML page renamed .pdf, and an empty file', async () => {
    const { reason, message } = await reasonOf(pdfBytesToCvDocument(fixtureBytes('not-a-pdf.pdf')));
    expect(reason).toBe('not-pdf');
    expect(message).toMatch(/not a PDF/);
    expect((await reasonOf(pdfBytesToCvDocument(new Uint8Array()))).reason).toBe('not-pdf');
  });

  it('too many pages (default limit) and too large (a given limit)', async () => {
    const { reason, message } = await reasonOf(pdfBytesToCvDocument(fixtureBytes('many-pages.pdf')));
    expect(reason).toBe('too-many-pages');
    expect(message).toMatch(/120 pages/);
    const doc = await pdfBytesToCvDocument(fixtureBytes('many-pages.pdf'), { maxPages: 200 });
    expect(doc.source.pages).toBe(120);
    const big = await reasonOf(pdfBytesToCvDocument(fixtureBytes('plain.pdf'), { maxBytes: 100 }));
    expect(big.reason).toBe('too-large');
  });

  it('reports progress per page and can be cancelled between pages', async () => {
    const pdfjs = await loadNodePdfJs();
    const seen: string[] = [];
    await acquirePdf(readFixtureBytes('seeds/pdf/hayou.pdf'), pdfjs, {
      onProgress: (p, n) => seen.push(`${p}/${n}`),
    });
    expect(seen).toEqual(['1/4', '2/4', '3/4', '4/4']);
    const controller = new AbortController();
    const run = acquirePdf(fixtureBytes('many-pages.pdf'), pdfjs, {
      maxPages: 200,
      signal: controller.signal,
      onProgress: (page) => {
        if (page === 3) controller.abort();
      },
    });
    expect((await reasonOf(run)).reason).toBe('cancelled');
    const aborted = new AbortController();
    aborted.abort();
    expect(
      (await reasonOf(acquirePdf(fixtureBytes('plain.pdf'), pdfjs, { signal: aborted.signal }))).reason,
    ).toBe('cancelled');
  });

  it('leaves the caller’s bytes usable (pdf.js gets a copy)', async () => {
    const bytes = fixtureBytes('plain.pdf');
    await pdfBytesToCvDocument(bytes);
    expect(bytes.byteLength).toBeGreaterThan(0);
    const doc = await pdfBytesToCvDocument(bytes);
    expect(doc.meta).toMatchObject({ title: 'Test CV', author: 'Jane Doe' });
  });
});
