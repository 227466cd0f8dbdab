import path from 'node:path';
import type { CvDocument } from '../../utils/document/types';
import { htmlToCvDocument } from '../../utils/acquire/html/from-string';
import { acquireText } from '../../utils/acquire/text';
import { DEFAULT_MAX_BYTES } from '../../utils/acquire/pdf/acquire-pdf';
import { PdfError, pdfErrors } from '../../utils/acquire/pdf/errors';
import { pdfBytesToCvDocument } from '../../utils/acquire/pdf/node';
import { buildProfile } from '../../utils/profile/build-profile';
import type { Profile } from '../../utils/profile/types';
import { CliError } from './args';
import { readInput } from './read-input';

/**
 * Reads an .html, .pdf or .txt file into the document model. `address` is where the document was
 * published (the CLI's --url): links resolve against it, as they do in the browser; without it,
 * against the file itself.
 */
export async function readDocument(file: string, address: string | null = null): Promise<CvDocument> {
  const url = address ?? `file://${path.resolve(file)}`;
  const ext = path.extname(file).toLowerCase();
  if (!['.pdf', '.html', '.htm', '.xhtml', '.txt', '.text', '.md'].includes(ext))
    throw new CliError(`unsupported file type "${ext || '(none)'}": give an .html, .pdf or .txt file`);
  if (ext === '.pdf') {
    // The size is checked before the bytes are read, with the reader's own limit and words.
    const bytes = await readInput(file, {
      maxBytes: DEFAULT_MAX_BYTES,
      message: (size) => pdfErrors.tooLarge(size, DEFAULT_MAX_BYTES).message,
    });
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
    return htmlToCvDocument(bytes.toString('utf8'), url);
  return acquireText(bytes.toString('utf8'));
}

export async function parseFile(file: string, address: string | null = null): Promise<Profile> {
  return buildProfile(await readDocument(file, address));
}
