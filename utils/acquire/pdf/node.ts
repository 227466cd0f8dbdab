/**
 * Node-only entry (CLI, tests, bench): loads pdf.js's legacy build, which runs on Node without
 * DOMMatrix and falls back to an in-thread worker. Never import this from extension code.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { CvDocument } from '../../document/types';
import { acquirePdf, type AcquirePdfOptions } from './acquire-pdf';
import { CMAP_DIR } from './cmap-dir';
import type { PdfJsLib } from './pdfjs-types';

let loaded: Promise<PdfJsLib> | null = null;

/**
 * The legacy build and its worker replace built-ins Node already has with core-js's versions, for
 * edge cases of older engines (a push past a read-only length, JSON.parse's source text), and
 * those run several times slower for the whole process: every array push in the reader paid for
 * it. The worker is loaded here too, not on the first document, so that the native ones can be
 * put back once both are in.
 */
async function load(): Promise<PdfJsLib> {
  const natives = { push: Array.prototype.push, parse: JSON.parse, stringify: JSON.stringify };
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // Sets globalThis.pdfjsWorker, which pdf.js then runs in this thread instead of importing it.
  await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  Array.prototype.push = natives.push;
  JSON.parse = natives.parse;
  JSON.stringify = natives.stringify;
  return pdfjs;
}

export function loadNodePdfJs(): Promise<PdfJsLib> {
  loaded ??= load();
  return loaded;
}

/** The character maps' folder as pdf.js takes it, ending in a separator. */
const NODE_CMAP_DIR = `${CMAP_DIR}${path.sep}`;

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
