/**
 * Pure text matching for the badges: page text and the parser's raw entry text are compared
 * after folding away everything layout changes (whitespace, case, diacritics, punctuation
 * and dash styles), so "Hayou,  S.\n and Doucet" on the page matches "Hayou, S. and Doucet".
 */

import { escapeWord } from '../lexicon/compile';

const KEEP = /[\p{L}\p{N}]/u;

/** One character folded: '' when it carries no matching signal, else lower-case letters/digits. */
export function foldChar(ch: string): string {
  if (!KEEP.test(ch)) return '';
  return ch
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

export function foldText(text: string): string {
  let out = '';
  for (const ch of text) out += foldChar(ch);
  return out;
}

/** Leading list markers ("[12]", "3.", "•") that the page may draw with CSS instead of text. */
const LEADING_MARKER = /^\s*(?:\[\s*[\w.-]{1,6}\s*\]|\(?\d{1,3}[.)]|[•·*–—-])\s*/;

/** Shortest probe worth trusting: shorter ones could match an unrelated line. */
export const MIN_PROBE = 24;

/**
 * The folded strings to look for, best first: the whole entry, then shorter prefixes (the page
 * may split an entry across elements the parser joined differently), then the title.
 */
export function probesOf(raw: string, title?: string | null): string[] {
  const probes: string[] = [];
  for (const source of [raw, raw.replace(LEADING_MARKER, '')]) {
    const folded = foldText(source);
    for (const length of [folded.length, 120, 60, 32]) {
      const probe = folded.slice(0, length);
      if (probe.length >= Math.min(MIN_PROBE, folded.length) && probe.length > 0) probes.push(probe);
    }
  }
  const foldedTitle = title ? foldText(title) : '';
  if (foldedTitle.length >= MIN_PROBE) probes.push(foldedTitle);
  return [...new Set(probes)];
}

/** Every start index of `needle` in `haystack`, in order. */
export function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (!needle) return found;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found;
}

export interface Range {
  start: number;
  end: number;
}

/**
 * Where each item's entry is in the folded page text. Items are placed in order, each taking the
 * first occurrence no earlier item holds, so a paper listed twice gets both of its entries.
 */
export function locateAll(
  haystack: string,
  items: { raw: string; title?: string | null }[],
): (Range | null)[] {
  const taken: Range[] = [];
  const overlaps = (r: Range): boolean => taken.some((t) => r.start < t.end && t.start < r.end);
  return items.map((item) => {
    for (const probe of probesOf(item.raw, item.title)) {
      for (const start of occurrences(haystack, probe)) {
        const range = { start, end: start + probe.length };
        if (overlaps(range)) continue;
        taken.push(range);
        return range;
      }
    }
    return null;
  });
}

/**
 * A pattern finding any of the names in page text: case-insensitive, any run of spaces or
 * hyphens between parts ("El-Mahdi El Mhamdi"), and whole words only ("Hayou" not in "Hayoun").
 */
export function namePattern(names: string[]): RegExp | null {
  const parts = [...new Set(names.map((n) => n.trim()).filter((n) => n.length >= 2))]
    // Longest first, so "B. Elesedy" wins over a shorter name it contains.
    .sort((a, b) => b.length - a.length)
    .map((name) =>
      name
        .split(/[\s\u00a0\u2010\u2011-]+/)
        .filter(Boolean)
        .map(escapeWord)
        .join('[\\s\\u00a0\\u2010\\u2011-]+'),
    );
  if (!parts.length) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${parts.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

/** The [start, end) spans of the names in one string, for wrapping in <mark>s. */
export function nameSpans(text: string, pattern: RegExp | null): Range[] {
  if (!pattern) return [];
  const spans: Range[] = [];
  pattern.lastIndex = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index !== undefined && match[0].length > 0)
      spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans;
}
