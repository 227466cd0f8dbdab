import type { Publication } from '../../utils/model/profile';
import type { TaggedField } from './anystyle-xml';
import { YEAR } from '../../utils/lexicon/year';

const VANCOUVER_VOLUME_YEAR = new RegExp(String.raw`^${YEAR}\s*;`);

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
  /**
   * Entries with no journal or container: words a reader may still give as the venue. genreWords
   * (with the institution) for theses and reports, as the CV seeds do ("PhD Thesis"); hostWords
   * adds publisher, place and notes (a book's publisher), accepted leniently only.
   */
  genreWords: string[] | null;
  hostWords: string[];
  year: number | null;
}

/** A year in a date tag: "(1991a)." and "septembre 2014," count; "(n.d.)" has none. */
const DATE_YEAR = /(?<!\d)(\d{4})(?!\d)/;

/**
 * The tagged truth of one entry, as a reader would name it:
 * - authors: the author tags joined; with none, the editors heading the entry ("Rees, J. (Eds.).
 *   The revised report …") are the names a reader takes as its authors;
 * - title: the first title tag;
 * - venue: the first journal / container-title / booktitle tag ("In" dropped). Books, theses,
 *   reports and web pages have none, so the venue is null; but as the CV seeds name a thesis's
 *   venue "PhD Thesis", naming a thesis or report by its genre and institution is right too, and
 *   naming a book's publisher is right leniently (see genreWords, hostWords);
 * - year: the first date tag holding a four-digit year.
 */
export function expectedOf(fields: TaggedField[]): Expected {
  const first = (tags: string[]) => fields.find((f) => tags.includes(f.tag))?.text ?? null;
  let authorText = fields
    .filter((f) => f.tag === 'author')
    .map((f) => f.text)
    .join(' ');
  if (!authorText) {
    const titleAt = fields.findIndex((f) => f.tag === 'title');
    authorText = fields
      .filter((f, i) => f.tag === 'editor' && (titleAt < 0 || i < titleAt))
      .map((f) => f.text)
      .join(' ');
  }
  const date = fields.find((f) => f.tag === 'date' && DATE_YEAR.test(f.text));
  // Vancouver "2012;30(15):" is sometimes tagged whole as the volume: its year is still the date.
  const vancouver = fields.find((f) => f.tag === 'volume' && VANCOUVER_VOLUME_YEAR.test(f.text));
  const dated = date ?? vancouver;
  const year = dated ? Number(DATE_YEAR.exec(dated.text)![1]) : null;
  const venue = first(['journal', 'container-title', 'booktitle']);
  const title = first(['title']);
  const textOf = (tags: string[]) =>
    fields
      .filter((f) => tags.includes(f.tag))
      .map((f) => f.text)
      .join(' ');
  const words = (t: string) => letters(t).split(' ').filter(Boolean);
  const genre = !venue && fields.some((f) => f.tag === 'genre');
  return {
    authors: authorText ? stripField(authorText) : null,
    title: title ? stripField(title) : null,
    venue: venue ? stripField(venue.replace(/^(?:in|dans)\s*:?\s+/i, '')) : null,
    genreWords: genre ? words(textOf(['genre', 'publisher'])) : null,
    hostWords: venue ? [] : words(textOf(['genre', 'publisher', 'location', 'note'])),
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
    // No tagged venue, yet the parser named what a thesis or report is, or a book's publisher.
    const within = (pool: string[] | null) =>
      field === 'venue' &&
      !want &&
      !!have &&
      !!pool &&
      letters(have)
        .split(' ')
        .every((w) => pool.includes(w));
    return { strict: ok || within(expected.genreWords), lenient: ok || within(expected.hostWords) };
  }
  const strict = stripField(want) === stripField(have);
  const a = letters(want);
  const b = letters(have);
  const lenient = a === b || tokenF1(a.split(' '), b.split(' ')) >= 0.85;
  return { strict, lenient };
}
