import type { Publication } from '../../utils/profile/types';
import type { TaggedField } from './anystyle-xml';

export type Field = 'authors' | 'title' | 'venue' | 'year';
export const FIELDS: Field[] = ['authors', 'title', 'venue', 'year'];

export interface FieldResult {
  strict: boolean;
  lenient: boolean;
}

/** Tags keep the punctuation after a field ("2005,", "61,"): strip it, and wrapping quotes. */
export function stripField(text: string): string {
  return text
    .trim()
    .replace(/^[“"«‘„(`\s]+|[\s,;:.)\]”"»’']+$/g, '')
    .replace(/^[“"«‘„`]|[”"»’']$/g, '')
    .trim();
}

const letters = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

function tokenF1(a: string[], b: string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  const pool = [...b];
  let hit = 0;
  for (const t of a) {
    const k = pool.indexOf(t);
    if (k >= 0) {
      hit++;
      pool.splice(k, 1);
    }
  }
  return a.length + b.length === 0 ? 1 : (2 * hit) / (a.length + b.length);
}

/** Author words, connectives dropped: compared as a multiset so name order inside a name does not matter. */
function authorWords(text: string): string[] {
  return letters(text)
    .split(' ')
    .filter((w) => w && !['and', 'et', 'al', 'eds', 'ed', 'und'].includes(w))
    .sort();
}

export interface Expected {
  authors: string | null;
  title: string | null;
  venue: string | null;
  year: number | null;
}

export function expectedOf(fields: TaggedField[]): Expected {
  const first = (tags: string[]) => fields.find((f) => tags.includes(f.tag))?.text ?? null;
  const authorText = fields
    .filter((f) => f.tag === 'author')
    .map((f) => f.text)
    .join(' ');
  const date = fields.find((f) => f.tag === 'date' && /\b\d{4}\b/.test(f.text));
  const year = date ? Number(/\b(\d{4})\b/.exec(date.text)![1]) : null;
  const venue = first(['journal', 'container-title', 'booktitle']);
  const title = first(['title']);
  return {
    authors: authorText ? stripField(authorText) : null,
    title: title ? stripField(title) : null,
    venue: venue ? stripField(venue.replace(/^(?:in|dans)\s*:?\s+/i, '')) : null,
    year,
  };
}

export function compareField(field: Field, expected: Expected, got: Publication): FieldResult {
  if (field === 'year') {
    const ok = expected.year === got.year;
    return { strict: ok, lenient: ok };
  }
  if (field === 'authors') {
    if (!expected.authors) {
      const ok = got.authors.length === 0;
      return { strict: ok, lenient: ok };
    }
    const want = authorWords(expected.authors);
    const have = authorWords(got.authors.join(' '));
    return { strict: want.join(' ') === have.join(' '), lenient: tokenF1(want, have) >= 0.8 };
  }
  const want = field === 'title' ? expected.title : expected.venue;
  const have = field === 'title' ? got.title : got.venue;
  if (!want || !have) {
    const ok = !want && !have;
    return { strict: ok, lenient: ok };
  }
  const strict = stripField(want) === stripField(have);
  const a = letters(want);
  const b = letters(have);
  const lenient = a === b || tokenF1(a.split(' '), b.split(' ')) >= 0.85;
  return { strict, lenient };
}
