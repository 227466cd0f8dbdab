import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist';
import { pdfErrors } from '../../utils/acquire/pdf/errors';
import type { PdfJs } from '../../utils/extension/read-pdf';

export type PageTextContent = Awaited<ReturnType<PDFPageProxy['getTextContent']>>;
export type { PDFDocumentProxy, PDFPageProxy };

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
