import fs from 'node:fs';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { browserTrueDocument } from '../../utils/acquire/html/from-string';
import { profileFromHtml } from '../../utils/profile/profile-from-html';
import { CV_FIXTURES } from '../../tests/support/fixtures';
import { htmlDocuments, pairedMedians, ratioFigures } from './floors';
import { figure, median, type BenchFigure } from './types';

const SEED_PAGES = ['elesedy', 'hayou', 'elmhamdi'];
const BUDGET_MS = 50;
/** CV Lens may take at most twice its floor on HTML (median over the pages). */
const FLOOR_BUDGET = 2;
const FLOOR_RUNS = 9;

/** Warm median time of one HTML-to-profile run, after a few untimed runs. */
function warmMs(html: string, runs = 15): number {
  for (let i = 0; i < 3; i++) profileFromHtml(html, null);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    profileFromHtml(html, null);
    times.push(performance.now() - t);
  }
  return median(times);
}

/** A made-up CV page with `n` publications, to see how time grows with the length of a CV. */
function generatedCv(n: number): string {
  const pubs = Array.from(
    { length: n },
    (_, i) =>
      `<li>Ada Example, Bo Sample and Cy Placeholder. <em>A study of example number ${i + 1}</em>. ` +
      `<strong>Proceedings of the Example Conference (EXC ${2000 + (i % 24)})</strong>.</li>`,
  ).join('\n');
  return `<!DOCTYPE html><html><head><title>Ada Example</title></head><body><main><h1>Ada Example</h1>
<p><a href="mailto:ada@example.org">ada@example.org</a></p>
<h2>Education</h2><table><tr><td>2010 – 2014</td><td><b>PhD in Informatics</b>, Example University</td></tr></table>
<h2>Experience</h2><table><tr><td>2014 – present</td><td><b>Professor</b>, Example Institute</td></tr></table>
<h2>Publications</h2><ol>${pubs}</ol></main></body></html>`;
}

/**
 * The floor of reading an HTML page: linkedom's parse and Readability's main-content pass, which
 * CV Lens also runs; everything CV Lens does beyond them is what the ratio measures.
 */
function floorHtml(html: string): void {
  const { document } = parseHTML(html);
  new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
}

/**
 * The CLI's tree beside linkedom's own parse, which the CLI used before, on every HTML page the
 * repository carries: what browser-true trees cost.
 */
async function treeFigures(): Promise<BenchFigure[]> {
  let withParse5 = 0;
  let linkedomAlone = 0;
  for (const doc of htmlDocuments()) {
    const html = fs.readFileSync(doc.file, 'utf8');
    const t = await pairedMedians(
      () => browserTrueDocument(html),
      () => parseHTML(html),
      FLOOR_RUNS,
    );
    withParse5 += t.own;
    linkedomAlone += t.floor;
  }
  return [
    figure('html tree, parse5 copied into linkedom (the CLI now), all pages', withParse5, 'ms', null),
    figure('html tree, linkedom alone (the CLI before), all pages', linkedomAlone, 'ms', null),
  ];
}

/**
 * `npm run bench`: HTML-to-profile time per seed page (budget 50 ms, warm) and on generated CVs;
 * then CV Lens beside its floor on every HTML page the repository carries, in the same run.
 */
export async function benchHtml(): Promise<BenchFigure[]> {
  const figures: BenchFigure[] = [];
  for (const id of SEED_PAGES) {
    const html = fs.readFileSync(path.join(CV_FIXTURES, 'html', `${id}.html`), 'utf8');
    figures.push(figure(`html→profile ${id}`, warmMs(html), 'ms', BUDGET_MS));
  }
  for (const n of [10, 100, 500]) {
    figures.push(figure(`html→profile generated, ${n} publications`, warmMs(generatedCv(n), 5), 'ms', null));
  }
  // Twice the line limit (utils/document/limits.ts): the page is cut, and its time says whether the
  // reader stops at the limit. Seconds a run, so timed once, warm from the runs above.
  const enormous = generatedCv(10_000);
  const t = performance.now();
  profileFromHtml(enormous, null);
  figures.push(
    figure(
      'html→profile generated, 10,000 publications (cut at 5,000 lines)',
      performance.now() - t,
      'ms',
      null,
    ),
  );
  const timed = [];
  for (const doc of htmlDocuments()) {
    const html = fs.readFileSync(doc.file, 'utf8');
    const t = await pairedMedians(
      () => profileFromHtml(html, null),
      () => floorHtml(html),
      FLOOR_RUNS,
    );
    timed.push({ id: doc.id, ...t });
  }
  figures.push(...ratioFigures('html→profile ÷ (linkedom + Readability)', timed, FLOOR_BUDGET));
  figures.push(...(await treeFigures()));
  return figures;
}
