import type { TaggedField } from './anystyle-xml';

export type StyleFamily = 'numbered' | 'author-date' | 'quoted-title' | 'book' | 'journal-other';
export const STYLE_FAMILIES: StyleFamily[] = [
  'numbered',
  'author-date',
  'quoted-title',
  'book',
  'journal-other',
];

/**
 * The citation style family of a tagged string, from its tags (the corpus names no style):
 * numbered (IEEE, Vancouver, Nature: a citation number), author-date (APA, Harvard: the date
 * right after the names), quoted titles (Chicago and MLA notes, humanities), books and chapters
 * (a publisher, no journal), and the rest (journal styles with the year later on).
 */
export function styleFamily(fields: TaggedField[]): StyleFamily {
  const tags = fields.map((f) => f.tag);
  if (tags.includes('citation-number')) return 'numbered';
  const names = tags.findIndex((t) => t !== 'author' && t !== 'editor');
  if (names > 0 && tags[names] === 'date') return 'author-date';
  if (/^["“«‘„]/.test(fields.find((f) => f.tag === 'title')?.text ?? '')) return 'quoted-title';
  if (tags.includes('publisher') && !tags.includes('journal')) return 'book';
  return 'journal-other';
}
