import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { REPO } from '../../tests/support/fixtures';
import { figure, type BenchFigure } from './types';

const BUILD = path.join(REPO, '.output/chrome-mv3');
const PAGES = ['popup.html', 'sidepanel.html', 'options.html', 'pdf-view.html'];

function sizeKb(file: string): number {
  return fs.statSync(file).size / 1024;
}

/** The scripts a page loads before any dynamic import: its module script and its preloads. */
function eagerScripts(page: string): string[] {
  const html = fs.readFileSync(path.join(BUILD, page), 'utf8');
  return [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+\.js)"/g)].map((m) => m[1]!);
}

/**
 * Sizes of each entry point in the production Chrome build (built afresh), and
 * whether a page loads pdf.js before it needs it: only PDFs should pay for it.
 */
export async function benchBundle(): Promise<BenchFigure[]> {
  const build = spawnSync('npx', ['wxt', 'build'], { cwd: REPO, stdio: 'ignore' });
  if (build.status !== 0) throw new Error('the production build failed');
  // The content scripts ship into every page the reviewer opens CV Lens on.
  const figures: BenchFigure[] = [
    figure('bundle: content script extract.js', sizeKb(path.join(BUILD, 'extract.js')), 'KB', 100),
    figure('bundle: content script badges.js', sizeKb(path.join(BUILD, 'badges.js')), 'KB', 100),
    figure('bundle: background.js', sizeKb(path.join(BUILD, 'background.js')), 'KB', null),
  ];
  for (const page of PAGES) {
    const scripts = eagerScripts(page);
    const kb = scripts.reduce((sum, src) => sum + sizeKb(path.join(BUILD, src)), 0);
    figures.push(figure(`bundle: ${page} scripts loaded at open`, kb, 'KB', null));
    if (page !== 'pdf-view.html') {
      const eagerPdf = scripts.filter((src) => /\/pdf(\.worker)?[-.]/.test(src)).length;
      figures.push(figure(`bundle: pdf.js chunks ${page} loads at open`, eagerPdf, 'chunks', 0));
    }
  }
  return figures;
}
