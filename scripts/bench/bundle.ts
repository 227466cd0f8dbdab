import fs from 'node:fs';
import path from 'node:path';
import { REPO } from '../../tests/support/fixtures';
import { figure, type BenchFigure } from './types';

const BUILD = path.join(REPO, '.output/chrome-mv3');

function sizeKb(file: string): number {
  return fs.statSync(file).size / 1024;
}

/** Sizes of each entry point's own script in the production Chrome build (run `npm run build` first). */
export async function benchBundle(): Promise<BenchFigure[]> {
  if (!fs.existsSync(path.join(BUILD, 'manifest.json'))) return [];
  const figures: BenchFigure[] = [
    // The content script ships into every page the reviewer opens CV Lens on.
    figure('bundle: content script (extract.js)', sizeKb(path.join(BUILD, 'extract.js')), 'KB', 100),
    figure('bundle: background.js', sizeKb(path.join(BUILD, 'background.js')), 'KB', null),
  ];
  const chunks = path.join(BUILD, 'chunks');
  for (const file of fs.existsSync(chunks) ? fs.readdirSync(chunks) : []) {
    const entry = file.replace(/-[A-Za-z0-9_-]{8}\.js$/, '');
    figures.push(figure(`bundle: ${entry} chunk (${file})`, sizeKb(path.join(chunks, file)), 'KB', null));
  }
  return figures;
}
