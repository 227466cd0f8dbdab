import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { listCorpus } from '../../scripts/corpus/corpus';
import { BLIND_FIXTURES, CV_FIXTURES, E2E_PAGES, OWN_PAGES, REPO } from './fixtures';

/** One HTML page the parity check can read: where it lives and the name it is served under. */
export interface ParityPage {
  file: string;
  name: string;
}

/**
 * The pages written for this repository: the seeds, our own pages, the blind CVs and the e2e pages
 * (a no-CV page, a malformed hand-written page with two heads and unclosed tags). Few, and each
 * made for a case of its own, so the parity check always reads them all.
 */
const MADE_HERE = [
  path.join(CV_FIXTURES, 'html'),
  path.join(OWN_PAGES, 'html'),
  path.join(BLIND_FIXTURES, 'html'),
  E2E_PAGES,
];
const CORPUS_PAGES = path.join(REPO, 'tests/corpus/docs');

/** The share of each corpus stratum (layout family × document kind) a sampled check reads, rounded up. */
export const SAMPLED_SHARE = 1 / 10;

/** How the pages are chosen: `full` reads every page (`npm run test:parity`, CI). */
export type ParityMode = 'sampled' | 'full';

/** `CVLENS_PARITY=full` reads every page; anything else the sample. */
export const parityMode = (env: NodeJS.ProcessEnv = process.env): ParityMode =>
  env.CVLENS_PARITY === 'full' ? 'full' : 'sampled';

/** Names that keep the folders' pages apart once served from one folder: `seeds-x.html`, `corpus-y.html`. */
const pagesIn = (folder: string): ParityPage[] =>
  fs
    .readdirSync(folder)
    .filter((f) => f.endsWith('.html'))
    .map((f) => ({ file: path.join(folder, f), name: `${path.basename(path.dirname(folder))}-${f}` }));

/**
 * Where a corpus page falls in the sample's order: the first four bytes of a SHA-256 of its id,
 * keyed apart from the corpus's split (scripts/corpus/corpus.ts) so the sample does not follow it.
 */
const sampleRank = (id: string): number =>
  createHash('sha256').update(`parity ${id}`).digest().readUInt32BE(0);

/**
 * The corpus pages a sampled check reads: in each stratum (layout family × document kind, from the
 * truth file) the SAMPLED_SHARE of its pages that rank first by their id's hash, at least one, so
 * every family and kind is read and the choice is no one's. A page with no truth file is always read.
 */
export function sampleCorpus(
  pages: readonly ParityPage[],
  strata: ReadonlyMap<string, string>,
): ParityPage[] {
  const byStratum = new Map<string, ParityPage[]>();
  const chosen: ParityPage[] = [];
  for (const page of pages) {
    const stratum = strata.get(path.basename(page.file, '.html'));
    if (stratum === undefined) chosen.push(page);
    else byStratum.set(stratum, [...(byStratum.get(stratum) ?? []), page]);
  }
  for (const members of byStratum.values()) {
    const ranked = members
      .map((page) => ({ page, rank: sampleRank(path.basename(page.file, '.html')) }))
      .sort((a, b) => a.rank - b.rank);
    chosen.push(...ranked.slice(0, Math.ceil(members.length * SAMPLED_SHARE)).map((r) => r.page));
  }
  return chosen;
}

/** Each corpus document's stratum, by id: its layout family and document kind. */
export function corpusStrata(): Map<string, string> {
  return new Map(listCorpus().map((doc) => [doc.id, `${doc.truth.family}/${doc.truth.document_kind}`]));
}

/**
 * The pages a parity check reads, ordered by served name, and how many HTML pages the repository
 * carries in all: every page made here, and every corpus page or the stratified sample.
 */
export function parityPages(mode: ParityMode): { pages: ParityPage[]; total: number } {
  const corpus = pagesIn(CORPUS_PAGES);
  const madeHere = MADE_HERE.flatMap(pagesIn);
  const pages = [...madeHere, ...(mode === 'full' ? corpus : sampleCorpus(corpus, corpusStrata()))];
  return {
    pages: pages.sort((a, b) => a.name.localeCompare(b.name)),
    total: madeHere.length + corpus.length,
  };
}
