import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist';
import { pdfErrors } from '../../utils/acquire/pdf/errors';

export type PdfJs = typeof import('pdfjs-dist');
export type PageTextContent = Awaited<ReturnType<PDFPageProxy['getTextContent']>>;
export type { PDFDocumentProxy, PDFPageProxy };

let loading: Promise<PdfJs> | null = null;

/** pdf.js and its worker, loaded once and only when a PDF is shown (they are large). */
export function loadPdfJs(): Promise<PdfJs> {
  loading ??= Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]).then(
    ([pdfjs, worker]) => {
      pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
      return pdfjs;
    },
  );
  return loading;
}

/** Opens the PDF for drawing; a password or a damaged file becomes a PdfError with its human message. */
export async function openPdf(pdfjs: PdfJs, bytes: Uint8Array): Promise<PDFDocumentProxy> {
  try {
    // pdf.js detaches the buffer it is given: hand it a copy so the caller's bytes stay usable.
    return await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0 }).promise;
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException') throw pdfErrors.encrypted();
    throw pdfErrors.corrupt(error instanceof Error ? error.message : String(error));
  }
}
