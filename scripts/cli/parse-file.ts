import path from 'node:path';
import type { CvDocument } from '../../utils/document/types';
import type { Profile } from '../../utils/model/profile';
import { CliError } from './args';
import { readInput } from './read-input';

/**
 * Reads an .html, .pdf or .txt file into the document model. `address` is where the document was
 * published (the CLI's --url): links resolve against it, as they do in the browser; without it,
 * against the file itself. The readers are imported once the file is found (see main.ts).
 */
export async function readDocument(file: string, address: string | null = null): Promise<CvDocument> {
  const url = address ?? `file://${path.resolve(file)}`;
  const ext = path.extname(file).toLowerCase();
  if (!['.pdf', '.html', '.htm', '.xhtml', '.txt', '.text', '.md'].includes(ext))
    throw new CliError(`unsupported file type "${ext || '(none)'}": give an .html, .pdf or .txt file`);
  if (ext === '.pdf') {
    const { DEFAULT_MAX_BYTES } = await import('../../utils/acquire/pdf/acquire-pdf');
    const { PdfError, pdfErrors } = await import('../../utils/acquire/pdf/errors');
    // The size is checked before the bytes are read, with the reader's own limit and words.
    const bytes = await readInput(file, {
      maxBytes: DEFAULT_MAX_BYTES,
      message: (size) => pdfErrors.tooLarge(size, DEFAULT_MAX_BYTES).message,
    });
    const { pdfBytesToCvDocument } = await import('../../utils/acquire/pdf/node');
    try {
      return await pdfBytesToCvDocument(new Uint8Array(bytes), { url });
    } catch (error) {
      // Encrypted, scanned, damaged, not a PDF: the reader's message, as one line for this file.
      if (error instanceof PdfError) throw new CliError(`${file}: ${error.message}`);
      throw error;
    }
  }
  const bytes = await readInput(file);
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml')
    return (await import('../../utils/acquire/html/from-string')).htmlToCvDocument(
      bytes.toString('utf8'),
      url,
    );
  return (await import('../../utils/acquire/text')).acquireText(bytes.toString('utf8'));
}

export async function parseFile(file: string, address: string | null = null): Promise<Profile> {
  const document = await readDocument(file, address);
  return (await import('../../utils/profile/build-profile')).buildProfile(document);
}
