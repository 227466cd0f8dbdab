/**
 * Node-only entry (CLI, tests, bench): loads pdf.js's legacy build, which runs on Node without
 * DOMMatrix and falls back to an in-thread worker. Never import this from extension code.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CvDocument } from '../../document/types';
import { acquirePdf, type AcquirePdfOptions } from './acquire-pdf';
import { CMAP_DIR } from './cmap-dir';
import type { PdfJsLib } from './pdfjs-types';
import { nameFontsInStyles } from './worker-patch';

let loaded: Promise<PdfJsLib> | null = null;

/**
 * The legacy build and its worker replace built-ins Node already has with core-js's versions, for
 * edge cases of older engines (a push past a read-only length, JSON.parse's source text), and
 * those run several times slower for the whole process: every array push in the reader paid for
 * it. The worker is loaded here too, not on the first document, so that the native ones can be
 * put back once both are in.
 */
async function load(): Promise<typeof import('pdfjs-dist/legacy/build/pdf.mjs')> {
  const natives = { push: Array.prototype.push, parse: JSON.parse, stringify: JSON.stringify };
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // Sets globalThis.pdfjsWorker, which pdf.js then runs in this thread instead of importing it.
  await import(await namingWorker());
  Array.prototype.push = natives.push;
  JSON.parse = natives.parse;
  JSON.stringify = natives.stringify;
  return pdfjs;
}

/**
 * pdf.js's legacy worker with each text style naming its font (worker-patch.ts), as the URL of a
 * file to import: written once per patched text under the system's temporary folder. A file, not a
 * data: URL, because the CLI and the tests run under tsx, which transforms a data: URL's 2 MB on
 * every start (about a second) but caches a file's transform. Written under another name and
 * renamed, so two processes starting at once never import half a file. vitest.config.ts matches
 * this file name to let Node import it untransformed.
 */
async function namingWorker(): Promise<string> {
  const file = createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.worker.mjs');
  const patched = nameFontsInStyles(await readFile(file, 'utf8'));
  const digest = createHash('sha256').update(patched).digest('hex').slice(0, 16);
  const copy = path.join(os.tmpdir(), `cv-lens-pdf.worker-${digest}.mjs`);
  if (!existsSync(copy)) {
    const partial = `${copy}.${process.pid}`;
    await writeFile(partial, patched);
    await rename(partial, copy);
  }
  return pathToFileURL(copy).href;
}

/**
 * The document pdf.js adds each loaded font's @font-face rule to, which drops them: nothing is drawn
 * in Node. Without a document pdf.js turns font faces off there (disableFontFace), and then builds
 * every glyph's outline while it builds an operator list, for drawing on a canvas without fonts;
 * the reader builds operator lists only to learn font names a text style does not give
 * (read-page.ts), so those outlines would be thrown away. With faces on and rules dropped, Node
 * does what the browser does, and the fonts, their names and the text are the same.
 */
const DROPPED_FONT_RULES = {
  createElement: () => ({ sheet: { cssRules: [], insertRule: () => 0 }, remove: () => undefined }),
  documentElement: { getElementsByTagName: () => [{ append: () => undefined }] },
};

export function loadNodePdfJs(): Promise<PdfJsLib> {
  loaded ??= load().then((pdfjs) => ({
    getDocument: (params) =>
      pdfjs.getDocument({
        ...params,
        disableFontFace: false,
        // pdf.js touches only the members above.
        ownerDocument: DROPPED_FONT_RULES as unknown as Document,
      }),
  }));
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
