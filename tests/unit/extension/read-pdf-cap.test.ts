import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_MAX_BYTES } from '../../../utils/acquire/pdf/acquire-pdf';
import { PdfError } from '../../../utils/acquire/pdf/errors';
import { readPdfBytes } from '../../../utils/extension/read-pdf';

const CHUNK = 256 * 1024;

/** A PDF download that never ends, counting what was pulled from it. */
function endlessPdf(headers: Record<string, string> = {}): { response: Response; pulled: () => number } {
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled += CHUNK;
      controller.enqueue(new Uint8Array(CHUNK));
    },
  });
  return { response: new Response(stream, { headers }), pulled: () => pulled };
}

afterEach(() => vi.unstubAllGlobals());

describe('a PDF download past the reader’s limit', () => {
  it('is stopped at the limit with the reader’s too-large message', async () => {
    const download = endlessPdf();
    vi.stubGlobal('fetch', async () => download.response);
    const error = await readPdfBytes('https://example.org/cv.pdf').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PdfError);
    expect((error as PdfError).reason).toBe('too-large');
    expect((error as PdfError).message).toMatch(/larger than 20,971,520 bytes \(20 MiB\)/);
    expect(download.pulled()).toBeLessThanOrEqual(DEFAULT_MAX_BYTES + 3 * CHUNK);
  });

  it('is refused from a declared length without being downloaded', async () => {
    const download = endlessPdf({ 'content-length': String(300 * 1024 * 1024) });
    vi.stubGlobal('fetch', async () => download.response);
    const error = await readPdfBytes('https://example.org/cv.pdf').catch((e: unknown) => e);
    expect((error as PdfError).reason).toBe('too-large');
    expect((error as PdfError).message).toMatch(/314,572,800 bytes \(300 MiB\)/);
    expect(download.pulled()).toBeLessThanOrEqual(CHUNK);
  });

  it('a PDF within the limit arrives whole', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.7\n'.repeat(1000));
    vi.stubGlobal('fetch', async () => new Response(bytes));
    expect(await readPdfBytes('https://example.org/cv.pdf')).toEqual(bytes);
  });
});
