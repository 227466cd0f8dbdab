import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { acquirePdf } from '../../utils/acquire/pdf/acquire-pdf';
import { loadNodePdfJs } from '../../utils/acquire/pdf/node';
import type { PdfJsLib } from '../../utils/acquire/pdf/pdfjs-types';
import { buildProfile } from '../../utils/profile/build-profile';
import { CV_FIXTURES } from '../../tests/support/fixtures';
import { pairedMedians, pdfDocuments, ratioFigures } from './floors';
import { figure, median, type BenchFigure } from './types';

const SEEDS = ['elesedy', 'hayou', 'elmhamdi'];
const RUNS = 5;
/** CV Lens may take at most 1.5 times its floor on PDFs (median over the PDFs). */
const FLOOR_BUDGET = 1.5;

/**
 * PDF parse time per page (pdf.js text extraction + layout into the document model), warm:
 * pdf.js is loaded and each seed parsed once before timing. Median over every run of every
 * seed PDF; budget 100 ms a page.
 */
export async function benchPdf(): Promise<BenchFigure[]> {
  const pdfjs = await loadNodePdfJs();
  const files = SEEDS.map((id) => ({
    id,
    bytes: new Uint8Array(fs.readFileSync(path.join(CV_FIXTURES, 'pdf', `${id}.pdf`))),
  }));
  for (const f of files) await acquirePdf(f.bytes, pdfjs);
  const perPage: number[] = [];
  const figures: BenchFigure[] = [];
  for (const f of files) {
    const own: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      const doc = await acquirePdf(f.bytes, pdfjs);
      own.push((performance.now() - start) / (doc.source.pages ?? 1));
    }
    perPage.push(...own);
    figures.push(figure(`pdf parse per page, ${f.id}.pdf (median)`, median(own), 'ms', null));
  }
  return [
    figure('pdf parse per page, seed PDFs (median, warm)', median(perPage), 'ms', 100),
    ...figures,
    ...(await benchPdfFloor(pdfjs)),
  ];
}

/** The floor of reading a PDF: pdf.js opening it and extracting every page's text, nothing more. */
async function floorPdf(bytes: Uint8Array, pdfjs: PdfJsLib): Promise<void> {
  const doc = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, verbosity: 0 }).promise;
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      await page.getTextContent();
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
}

/**
 * PDF to profile (what the popup does with a PDF) beside its floor, on every PDF the repository
 * carries that CV Lens reads (the bad-PDF fixtures it refuses by design are left out).
 */
async function benchPdfFloor(pdfjs: PdfJsLib): Promise<BenchFigure[]> {
  const timed = [];
  for (const doc of pdfDocuments()) {
    const bytes = new Uint8Array(fs.readFileSync(doc.file));
    const readable = await acquirePdf(bytes, pdfjs).then(
      () => true,
      () => false,
    );
    if (!readable) continue;
    const t = await pairedMedians(
      async () => buildProfile(await acquirePdf(bytes, pdfjs)),
      () => floorPdf(bytes, pdfjs),
      RUNS,
    );
    timed.push({ id: doc.id, ...t });
  }
  return ratioFigures('pdf→profile ÷ pdf.js text extraction', timed, FLOOR_BUDGET);
}
