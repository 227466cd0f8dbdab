import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { acquirePdf } from '../../utils/acquire/pdf/acquire-pdf';
import { loadNodePdfJs } from '../../utils/acquire/pdf/node';
import { CV_FIXTURES } from '../../tests/support/fixtures';
import { figure, median, type BenchFigure } from './types';

const SEEDS = ['elesedy', 'hayou', 'elmhamdi'];
const RUNS = 5;

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
  return [figure('pdf parse per page, seed PDFs (median, warm)', median(perPage), 'ms', 100), ...figures];
}
