import { collectLinks, layoutDocument } from '../../document/pdf-layout/layout-document';
import type { PdfPageInput } from '../../document/pdf-layout/types';
import type { CvDocument } from '../../document/types';
import { limitDocument } from '../../document/limits';
import { PdfError, pdfErrors } from './errors';
import { pdfMetadata } from './metadata';
import type { PdfJsDocument, PdfJsLib } from './pdfjs-types';
import { readLinkAnnotations } from './link-annotations';
import { FontNames, readPage } from './read-page';

export interface AcquirePdfOptions {
  /** Refuse documents with more pages (default 40: CVs are rarely longer). */
  maxPages?: number;
  /** Refuse files larger than this many bytes (default 20 MB). */
  maxBytes?: number;
  signal?: AbortSignal;
  /** Called after each page is read. */
  onProgress?: (page: number, pages: number) => void;
  url?: string | null;
  /**
   * Where pdf.js's packed character maps lie (a folder path in Node, an extension URL in the
   * browser, ending in "/"): CJK fonts without a ToUnicode table are read through them; without
   * them a Chinese CV has no text.
   */
  cMapUrl?: string;
}

export const DEFAULT_MAX_PAGES = 40;
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
/** Fewer visible characters than this per page on average means there is no text layer. */
const MIN_CHARS_PER_PAGE = 20;

/** "%PDF-" must appear near the start (some files carry a few bytes of junk before it). */
function hasPdfHeader(data: Uint8Array): boolean {
  const head = String.fromCharCode(...data.subarray(0, 1024));
  return head.includes('%PDF-');
}

function toPdfError(error: unknown): PdfError {
  if (error instanceof PdfError) return error;
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException') return pdfErrors.encrypted();
  return pdfErrors.corrupt(message);
}

/**
 * Reads a PDF with the injected pdf.js into the format-neutral document model. Throws a
 * PdfError for anything that is not a readable, text-bearing PDF within the limits.
 */
export async function acquirePdf(
  data: Uint8Array,
  pdfjs: PdfJsLib,
  options: AcquirePdfOptions = {},
): Promise<CvDocument> {
  const { signal, onProgress } = options;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  const checkCancel = (): void => {
    if (signal?.aborted) throw pdfErrors.cancelled();
  };
  checkCancel();
  if (data.byteLength > maxBytes) throw pdfErrors.tooLarge(data.byteLength, maxBytes);
  if (!hasPdfHeader(data)) throw pdfErrors.notPdf();
  // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy. Images carry no
  // text: maxImageSize 0 drops each one unread from the operator lists that name the fonts
  // (read-page.ts), where decoding them was most of the cost.
  const task = pdfjs.getDocument({
    data: data.slice(),
    isEvalSupported: false,
    verbosity: 0,
    maxImageSize: 0,
    ...(options.cMapUrl ? { cMapUrl: options.cMapUrl, cMapPacked: true } : {}),
  });
  const abort = (): void => void task.destroy();
  signal?.addEventListener('abort', abort, { once: true });
  let doc: PdfJsDocument | null = null;
  let pages: PdfPageInput[];
  let info: unknown;
  try {
    doc = await task.promise;
    checkCancel();
    if (doc.numPages > maxPages) throw pdfErrors.tooManyPages(doc.numPages, maxPages);
    pages = await readPages(doc, checkCancel, onProgress);
    info = (await doc.getMetadata()).info;
  } catch (error) {
    if (signal?.aborted) throw pdfErrors.cancelled();
    throw toPdfError(error);
  } finally {
    signal?.removeEventListener('abort', abort);
    await (doc ? doc.destroy() : task.destroy()).catch(() => undefined);
  }
  const chars = pages.reduce(
    (n, p) => n + p.items.reduce((m, it) => m + it.text.replace(/\s/g, '').length, 0),
    0,
  );
  if (chars < MIN_CHARS_PER_PAGE * pages.length) throw pdfErrors.scanned();
  // Layout is pure code on extracted text: a failure there is a bug, not a bad PDF, so it is
  // not dressed up as "corrupt".
  const meta = pdfMetadata(info);
  const lines = layoutDocument(pages);
  return limitDocument({
    source: { kind: 'pdf', url: options.url ?? null, title: meta.title, pages: pages.length },
    lines,
    links: collectLinks(lines, pages),
    meta,
  });
}

async function readPages(
  doc: PdfJsDocument,
  checkCancel: () => void,
  onProgress: AcquirePdfOptions['onProgress'],
): Promise<PdfPageInput[]> {
  const fonts = new FontNames();
  const links = await readLinkAnnotations(doc);
  const pages: PdfPageInput[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    checkCancel();
    const page = await doc.getPage(n);
    pages.push(await readPage(page, n, fonts, links.get(n) ?? []));
    page.cleanup();
    onProgress?.(n, doc.numPages);
  }
  return pages;
}
