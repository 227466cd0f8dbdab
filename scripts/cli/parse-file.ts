import fs from 'node:fs/promises';
import path from 'node:path';
import type { CvDocument } from '../../utils/document/types';
import { htmlToCvDocument } from '../../utils/acquire/html/from-string';
import { acquireText } from '../../utils/acquire/text';
import { pdfBytesToCvDocument } from '../../utils/acquire/pdf/node';
import { buildProfile } from '../../utils/profile/build-profile';
import type { Profile } from '../../utils/model/profile';
import { CliError } from './args';

async function readBytes(file: string): Promise<Buffer> {
  try {
    return await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`no such file: ${file}`);
    if (code === 'EISDIR') throw new CliError(`is a directory, not a file: ${file}`);
    throw new CliError(`cannot read ${file}: ${(error as Error).message}`);
  }
}

/**
 * Reads an .html, .pdf or .txt file into the document model. `address` is where the document was
 * published (the CLI's --url): links resolve against it, as they do in the browser; without it,
 * against the file itself.
 */
export async function readDocument(file: string, address: string | null = null): Promise<CvDocument> {
  const bytes = await readBytes(file);
  const url = address ?? `file://${path.resolve(file)}`;
  const ext = path.extname(file).toLowerCase();
  if (ext === '.pdf') return pdfBytesToCvDocument(new Uint8Array(bytes), { url });
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml')
    return htmlToCvDocument(bytes.toString('utf8'), url);
  if (ext === '.txt' || ext === '.text' || ext === '.md') return acquireText(bytes.toString('utf8'));
  throw new CliError(`unsupported file type "${ext || '(none)'}": give an .html, .pdf or .txt file`);
}

export async function parseFile(file: string, address: string | null = null): Promise<Profile> {
  return buildProfile(await readDocument(file, address));
}
