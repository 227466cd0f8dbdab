/**
 * Node-only entry (CLI, tests, bench): loads pdf.js's legacy build, which runs on Node without
 * DOMMatrix and falls back to an in-thread worker. Never import this from extension code.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { CvDocument } from '../../document/types';
import { acquirePdf, type AcquirePdfOptions } from './acquire-pdf';
import type { PdfJsLib } from './pdfjs-types';

let loaded: Promise<PdfJsLib> | null = null;

export function loadNodePdfJs(): Promise<PdfJsLib> {
  loaded ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return loaded;
}

/** pdf.js's packed character maps as installed beside it, for CJK fonts without a ToUnicode table. */
export const NODE_CMAP_DIR = `${path.join(path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'cmaps')}${path.sep}`;

export async function pdfBytesToCvDocument(
  bytes: Uint8Array,
  options: AcquirePdfOptions = {},
): Promise<CvDocument> {
  return acquirePdf(bytes, await loadNodePdfJs(), { cMapUrl: NODE_CMAP_DIR, ...options });
}

/** A PDF file (path) or its bytes → document model; the url defaults to the file's file:// URL. */
export async function pdfFileToCvDocument(
  input: string | Uint8Array,
  options: AcquirePdfOptions = {},
): Promise<CvDocument> {
  if (typeof input !== 'string') return pdfBytesToCvDocument(input, options);
  const bytes = new Uint8Array(await readFile(input));
  const { pathToFileURL } = await import('node:url');
  return pdfBytesToCvDocument(bytes, { url: pathToFileURL(input).href, ...options });
}
