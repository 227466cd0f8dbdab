import { sizeText } from '../../schema/size-text';

/** Why a PDF could not be read; each reason has a message the reviewer can act on. */
export type PdfErrorReason =
  'encrypted' | 'scanned' | 'corrupt' | 'not-pdf' | 'too-large' | 'too-many-pages' | 'cancelled';

export class PdfError extends Error {
  override readonly name = 'PdfError';
  constructor(
    readonly reason: PdfErrorReason,
    message: string,
  ) {
    super(message);
  }
}

export const pdfErrors = {
  encrypted: (): PdfError =>
    new PdfError(
      'encrypted',
      'This PDF is password-protected, so CV Lens cannot read its text. Open it in a PDF viewer, save a copy without the password, and try that copy.',
    ),
  scanned: (): PdfError =>
    new PdfError(
      'scanned',
      'This PDF has no text layer: its pages are images, as from a scanner. CV Lens reads only the text stored in a PDF and does no OCR (text recognition), so there is nothing to extract. Ask for a PDF exported from the original document.',
    ),
  corrupt: (detail: string): PdfError =>
    new PdfError(
      'corrupt',
      `This PDF is damaged or incomplete and cannot be read${detail ? ` (${detail})` : ''}.`,
    ),
  notPdf: (): PdfError =>
    new PdfError(
      'not-pdf',
      'This file is not a PDF: it does not start with a PDF header. Check that it is the CV itself and not a web page or another document saved under a .pdf name.',
    ),
  tooLarge: (bytes: number, max: number): PdfError =>
    new PdfError(
      'too-large',
      `This PDF is ${sizeText(bytes)}; CV Lens reads PDFs of up to ${sizeText(max)}.`,
    ),
  /** A download stopped at the limit, its full size unknown (the server did not declare it). */
  downloadTooLarge: (max: number): PdfError =>
    new PdfError(
      'too-large',
      `This PDF is larger than ${sizeText(max)}, the most CV Lens reads; its download was stopped there.`,
    ),
  tooManyPages: (pages: number, max: number): PdfError =>
    new PdfError(
      'too-many-pages',
      `This PDF has ${pages} pages; CV Lens reads documents of up to ${max} pages.`,
    ),
  cancelled: (): PdfError => new PdfError('cancelled', 'Reading the PDF was cancelled.'),
};
