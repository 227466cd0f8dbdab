/**
 * Node-only: the folder of pdf.js's packed character maps as installed with pdfjs-dist, for CJK
 * fonts without a ToUnicode table. The CLI reads them from here; the extension build copies them.
 */
import { createRequire } from 'node:module';
import path from 'node:path';

export const CMAP_DIR = path.join(
  path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')),
  'cmaps',
);
