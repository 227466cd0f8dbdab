import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { BLIND_FIXTURES, CV_FIXTURES, OWN_PAGES, PDF_FIXTURES } from '../../tests/support/fixtures';
import { CORPUS_DIR } from '../corpus/corpus';
import { figure, median, type BenchFigure } from './types';

/** One document the repository carries, named by its folder and file. */
export interface BenchDocument {
  id: string;
  file: string;
}

function filesIn(folder: string, ext: string): BenchDocument[] {
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder)
    .filter((name) => name.endsWith(ext))
    .sort()
    .map((name) => ({
      id: `${path.basename(path.dirname(folder))}/${name}`,
      file: path.join(folder, name),
    }));
}

/** The real-CV corpus's documents of one format (tests/corpus/docs), named corpus/<file>. */
function corpusDocuments(ext: string): BenchDocument[] {
  return filesIn(path.join(CORPUS_DIR, 'docs'), ext).map((d) => ({
    ...d,
    id: `corpus/${path.basename(d.file)}`,
  }));
}

/** Every HTML page the repository carries: the seeds, our test pages, the blind CVs, the corpus. */
export function htmlDocuments(): BenchDocument[] {
  return [
    ...[CV_FIXTURES, OWN_PAGES, BLIND_FIXTURES].flatMap((dir) => filesIn(path.join(dir, 'html'), '.html')),
    ...corpusDocuments('.html'),
  ];
}

/** Every PDF the repository carries, the corpus's too (the caller keeps those the reader accepts). */
export function pdfDocuments(): BenchDocument[] {
  return [
    ...[CV_FIXTURES, BLIND_FIXTURES].flatMap((dir) => filesIn(path.join(dir, 'pdf'), '.pdf')),
    ...filesIn(PDF_FIXTURES, '.pdf').map((d) => ({ ...d, id: `pdf/${path.basename(d.file)}` })),
    ...corpusDocuments('.pdf'),
  ];
}

/**
 * Median times of CV Lens and of its floor on one document, measured in turns (one run of each,
 * alternately) so that whatever else the machine does weighs on both alike. Warm: `warmups`
 * untimed runs of each first.
 */
export async function pairedMedians(
  own: () => unknown,
  floor: () => unknown,
  runs: number,
  warmups = 2,
): Promise<{ own: number; floor: number }> {
  for (let i = 0; i < warmups; i++) {
    await own();
    await floor();
  }
  const ownTimes: number[] = [];
  const floorTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    let start = performance.now();
    await own();
    ownTimes.push(performance.now() - start);
    start = performance.now();
    await floor();
    floorTimes.push(performance.now() - start);
  }
  return { own: median(ownTimes), floor: median(floorTimes) };
}

/**
 * The ratio figures: the median over documents of (CV Lens ÷ floor), against the budget, and the
 * worst document, for information.
 */
export function ratioFigures(
  label: string,
  timed: { id: string; own: number; floor: number }[],
  budget: number,
): BenchFigure[] {
  const ratios = timed.map((t) => ({ id: t.id, ratio: t.own / t.floor }));
  const worst = ratios.reduce((a, b) => (b.ratio > a.ratio ? b : a));
  return [
    figure(
      `${label}, median over ${timed.length} documents`,
      median(ratios.map((r) => r.ratio)),
      '×',
      budget,
    ),
    figure(`${label}, worst (${worst.id})`, worst.ratio, '×', null),
    figure(
      `${label}: CV Lens total`,
      timed.reduce((n, t) => n + t.own, 0),
      'ms',
      null,
    ),
    figure(
      `${label}: floor total`,
      timed.reduce((n, t) => n + t.floor, 0),
      'ms',
      null,
    ),
  ];
}
