import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** shared/ sits beside the clone (CI and developers alike); CVLENS_SHARED overrides. */
export const SHARED = path.resolve(process.env.CVLENS_SHARED ?? path.join(REPO, '../shared'));
export const CV_FIXTURES = path.join(SHARED, 'fixtures/cv');
export const SCHOLAR_FIXTURES = path.join(SHARED, 'fixtures/scholar-api');
export const SEED_IDS = ['elesedy', 'hayou', 'elmhamdi'] as const;
export type SeedId = (typeof SEED_IDS)[number];

export function readShared(relative: string): string {
  return fs.readFileSync(path.join(SHARED, relative), 'utf8');
}

export function readSharedBytes(relative: string): Uint8Array {
  return new Uint8Array(fs.readFileSync(path.join(SHARED, relative)));
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
  return JSON.parse(readShared(`fixtures/cv/truth/${id}.json`)) as Truth;
}

/** Test pages of our own (tests/fixtures/pages): html/<id>.html with truth/<id>.json. */
export const OWN_PAGES = path.join(REPO, 'tests/fixtures/pages');

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
