import { browser } from 'wxt/browser';
import type { CvDocument } from '../document/types';
import { acquirePdf, DEFAULT_MAX_BYTES } from '../acquire/pdf/acquire-pdf';
import { pdfErrors, type PdfError } from '../acquire/pdf/errors';
import { BodyTooLargeError, readCapped } from '../acquire/read-capped';

export interface ReadPdfOptions {
  onProgress?: (page: number, pages: number) => void;
  signal?: AbortSignal;
}

export type PdfJs = typeof import('pdfjs-dist');

let loading: Promise<PdfJs> | null = null;

/**
 * pdf.js and its worker, for extension pages (popup, side panel, PDF view): loaded once, on first
 * use only, so pages that never see a PDF never pay for them; never in the service worker, which
 * cannot start pdf.js's worker.
 */
export function loadPdfJs(): Promise<PdfJs> {
  loading ??= Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]).then(
    ([pdfjs, worker]) => {
      pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
      return pdfjs;
    },
  );
  return loading;
}

/** Parses PDF bytes with pdf.js in an extension page into the document model. */
export async function parsePdfBytes(
  bytes: Uint8Array,
  url: string | null,
  options: ReadPdfOptions = {},
): Promise<CvDocument> {
  // The character maps ship with the extension (wxt.config.ts copies them from pdfjs-dist); a
  // folder has no typed public path, so it is resolved against a page that has one.
  const cMapUrl = new URL('/cmaps/', browser.runtime.getURL('/popup.html')).href;
  return acquirePdf(bytes, await loadPdfJs(), { ...options, url, cMapUrl });
}

/** Why the bytes of a PDF tab could not be read. */
export class PdfAccessError extends Error {
  constructor(
    message: string,
    readonly reason: 'file-access' | 'unreadable',
  ) {
    super(message);
  }
}

const FILE_ACCESS_HELP =
  'CV Lens may not read this local file. Open the browser’s extensions page, choose CV Lens → Details, turn on “Allow access to file URLs”, then reload the PDF and click CV Lens again — or drop the file on CV Lens’s side panel.';

/** The reader's limit, stated as the size the server declared when it declared one. */
function tooLarge(declared: number | null): PdfError {
  return declared !== null
    ? pdfErrors.tooLarge(declared, DEFAULT_MAX_BYTES)
    : pdfErrors.downloadTooLarge(DEFAULT_MAX_BYTES);
}

function readFileUrl(url: string): Promise<Uint8Array> {
  // fetch() has no file: scheme; XHR reads file:// when the reviewer allowed file access.
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('GET', url);
    xhr.responseType = 'arraybuffer';
    // A file past the reader's limit is not loaded whole only to be refused.
    xhr.onprogress = (event) => {
      if (event.loaded <= DEFAULT_MAX_BYTES && (!event.lengthComputable || event.total <= DEFAULT_MAX_BYTES))
        return;
      xhr.abort();
      reject(tooLarge(event.lengthComputable ? event.total : null));
    };
    xhr.onload = () => resolve(new Uint8Array(xhr.response as ArrayBuffer));
    // The browser refuses local files unless file access is on for CV Lens (and, in Chrome, the
    // reviewer clicked the toolbar button on this very tab): the remedy is the same either way.
    xhr.onerror = () => reject(new PdfAccessError(FILE_ACCESS_HELP, 'file-access'));
    xhr.send();
  });
}

/** The bytes of the PDF a tab shows (http(s) or file://), read up to the reader's size limit. */
export async function readPdfBytes(url: string): Promise<Uint8Array> {
  if (url.startsWith('file:')) {
    const allowed = await browser.extension.isAllowedFileSchemeAccess();
    if (!allowed) throw new PdfAccessError(FILE_ACCESS_HELP, 'file-access');
    return readFileUrl(url);
  }
  const response = await fetch(url, { credentials: 'include' }).catch(() => null);
  if (!response || !response.ok) {
    throw new PdfAccessError(
      `The browser did not let CV Lens read this PDF${response ? ` (HTTP ${response.status})` : ''}. Download it and drop it on the side panel instead.`,
      'unreadable',
    );
  }
  try {
    return await readCapped(response, DEFAULT_MAX_BYTES);
  } catch (error) {
    throw error instanceof BodyTooLargeError ? tooLarge(error.declared) : error;
  }
}
