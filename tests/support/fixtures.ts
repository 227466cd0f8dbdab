import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/**
 * Every file the scripts, tests, eval and bench read lives under tests/fixtures, so a bare clone
 * runs them all; this module is the one place that knows where.
 */
export const FIXTURES = path.join(REPO, 'tests/fixtures');
/** The seed CVs: html/, pdf/, src/, truth/ (<id>.*) and text/ (as first given). */
export const CV_FIXTURES = path.join(FIXTURES, 'seeds');
/** Responses recorded from the real scholarly APIs, with SOURCES.md. */
export const SCHOLAR_FIXTURES = path.join(FIXTURES, 'scholar-api');
/** AnyStyle's 1,514 hand-tagged references (BSD 2-clause, references/ANYSTYLE-LICENSE). */
export const REFERENCE_CORPUS = path.join(FIXTURES, 'references/anystyle-core.xml');
/** Test pages of our own: html/<id>.html with truth/<id>.json. */
export const OWN_PAGES = path.join(FIXTURES, 'pages');
/** CVs nobody tuned the parser on, laid out like the seeds. */
export const BLIND_FIXTURES = path.join(FIXTURES, 'blind');
/** The mock scholarly APIs' answers for the seed people (made here, not recorded). */
export const SCENARIO_FIXTURES = path.join(FIXTURES, 'scholar');
/** Pages only the e2e tests serve (a page with no CV). */
export const E2E_PAGES = path.join(FIXTURES, 'e2e');
/** Small PDFs for the PDF reader's error paths (README.md there says which parse). */
export const PDF_FIXTURES = path.join(FIXTURES, 'pdf');
/** Seed CVs as plain text, by id. */
export const SEED_TEXTS = {
  elesedy: 'seeds/text/000_1fc91922a14c04ab.txt',
  hayou: 'seeds/text/001_f5001f5ddc527fb6.txt',
  elmhamdi: 'seeds/text/002_ad6549b5301adcc7.txt',
} as const;
export const SEED_IDS = ['elesedy', 'hayou', 'elmhamdi'] as const;
export type SeedId = (typeof SEED_IDS)[number];

/** A fixture's text, by its path under tests/fixtures. */
export function readFixture(relative: string): string {
  return fs.readFileSync(path.join(FIXTURES, relative), 'utf8');
}

/** A fixture's bytes, by its path under tests/fixtures. */
export function readFixtureBytes(relative: string): Uint8Array {
  return new Uint8Array(fs.readFileSync(path.join(FIXTURES, relative)));
}

export interface TruthEntry {
  degree?: string;
  institution?: string;
  title?: string;
  organization?: string;
  start: string | null;
  end: string | null;
}
export interface TruthPublication {
  title: string;
  year: number | null;
  venue: string | null;
  authors_count: number;
  kind: string;
}
export interface Truth {
  id: string;
  name: string;
  name_variants: string[];
  emails: string[];
  links: string[];
  education: TruthEntry[];
  positions: TruthEntry[];
  publications: TruthPublication[];
  counts: Record<string, number | null>;
}

export function readTruth(id: SeedId): Truth {
  return JSON.parse(readFixture(`seeds/truth/${id}.json`)) as Truth;
}

export function ownPageIds(): string[] {
  return fs
    .readdirSync(path.join(OWN_PAGES, 'html'))
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.replace(/\.html$/, ''))
    .sort();
}

export function readOwnPage(id: string): { html: string; truth: Truth & { document_kind?: string } } {
  return {
    html: fs.readFileSync(path.join(OWN_PAGES, 'html', `${id}.html`), 'utf8'),
    truth: JSON.parse(fs.readFileSync(path.join(OWN_PAGES, 'truth', `${id}.json`), 'utf8')) as Truth & {
      document_kind?: string;
    },
  };
}
