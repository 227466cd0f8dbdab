import { VERDICTS, type Verdict } from '../model/scholar';

/** One publication the page lists, with what the databases say about it. */
export interface BadgeItem {
  /** The entry's text as the parser read it from this page; its start locates the entry. */
  raw: string;
  /** Optional fallback locator when the raw text was rewritten (numbering, joins). */
  title?: string | null;
  /** Null when the publication was not checked. */
  verdict: Verdict | null;
  citations: number | null;
  /** The record's venue and year (which may differ from the CV's). */
  venue: string | null;
  year: number | null;
  doi: string | null;
  url: string | null;
  /** The candidate's other names, highlighted in the entry's author list. */
  variantNames: string[];
  /** The matched record's first authors: whose paper it is when authorship differs. */
  recordAuthors?: string[];
}

/** What the background sets on globalThis.__cvlensBadges before injecting /badges.js. */
export interface BadgesConfig {
  visible: boolean;
  items: BadgeItem[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;
const isStringOrNull = (value: unknown): value is string | null =>
  value === null || typeof value === 'string';
const isNumberOrNull = (value: unknown): value is number | null =>
  value === null || (typeof value === 'number' && Number.isFinite(value));
const KNOWN_VERDICTS: ReadonlySet<string> = new Set(VERDICTS);

function parseItem(value: unknown): BadgeItem | null {
  if (!isRecord(value) || typeof value.raw !== 'string') return null;
  // Structured cloning drops undefined fields: absent means null here.
  const [verdict, citations, venue, year, doi, url, title] = (
    ['verdict', 'citations', 'venue', 'year', 'doi', 'url', 'title'] as const
  ).map((key) => value[key] ?? null);
  const { variantNames, recordAuthors = [] } = value;
  if (!Array.isArray(recordAuthors) || !recordAuthors.every((n) => typeof n === 'string')) return null;
  if (!(verdict === null || (typeof verdict === 'string' && KNOWN_VERDICTS.has(verdict)))) return null;
  if (!isNumberOrNull(citations) || !isNumberOrNull(year)) return null;
  if (!isStringOrNull(venue) || !isStringOrNull(doi) || !isStringOrNull(url)) return null;
  if (!isStringOrNull(title)) return null;
  if (!Array.isArray(variantNames) || !variantNames.every((n) => typeof n === 'string')) return null;
  return {
    raw: value.raw,
    title,
    verdict: verdict as Verdict | null,
    citations,
    venue,
    year,
    doi,
    url,
    variantNames: variantNames as string[],
    recordAuthors: recordAuthors as string[],
  };
}

/** Validates the injected configuration: it crosses a world boundary, so it is checked, not trusted. */
export function parseBadgesConfig(value: unknown): BadgesConfig | null {
  if (!isRecord(value) || typeof value.visible !== 'boolean' || !Array.isArray(value.items)) return null;
  const items = value.items.map(parseItem);
  if (items.some((item) => item === null)) return null;
  return { visible: value.visible, items: items as BadgeItem[] };
}
