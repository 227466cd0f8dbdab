import type { Profile, Publication, PublicationKind } from '../model/profile';
import type { CandidateRecord } from '../store/types';
import type { Exporter } from './types';

const ENTRY_TYPE: Record<PublicationKind, string> = {
  journal: 'article',
  conference: 'inproceedings',
  workshop: 'inproceedings',
  preprint: 'misc',
  thesis: 'phdthesis',
  book: 'book',
  chapter: 'incollection',
  report: 'techreport',
  other: 'misc',
};

/** Which field the venue goes in, per entry type. */
const VENUE_FIELD: Record<string, string> = {
  article: 'journal',
  inproceedings: 'booktitle',
  incollection: 'booktitle',
  phdthesis: 'school',
  book: 'publisher',
  techreport: 'institution',
  misc: 'howpublished',
};

const SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '^': '\\^{}',
  '~': '\\~{}',
};

/** LaTeX specials escaped in one pass, so an escape's own braces are not escaped again. */
export function escapeBibtex(text: string): string {
  return text
    .replace(/[\\{}%&$#_^~]/g, (c) => SPECIALS[c] ?? c)
    .replace(/\s+/g, ' ')
    .trim();
}

const STOP_WORDS = new Set([
  'the',
  'and',
  'for',
  'with',
  'from',
  'into',
  'towards',
  'toward',
  'on',
  'of',
  'in',
  'a',
  'an',
]);

function ascii(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function baseKey(publication: Publication, profile: Profile): string {
  const author = publication.authors[0] ?? profile.person.name ?? 'anon';
  const surname = ascii(author).split(' ').at(-1) || 'anon';
  const word = ascii(publication.title ?? publication.raw)
    .split(' ')
    .find((w) => w.length > 2 && !STOP_WORDS.has(w));
  return `${surname}${publication.year ?? 'nd'}${word ?? ''}`;
}

/** Stable (same input, same keys) and unique across the whole file: b, c, … on collisions. */
function uniqueKey(base: string, used: Set<string>): string {
  let key = base;
  for (let n = 1; used.has(key); n++) key = `${base}${n < 26 ? String.fromCharCode(97 + n) : n}`;
  used.add(key);
  return key;
}

function doctorateSchool(profile: Profile): string | null {
  return (
    profile.education.find((e) => /ph\.?\s?d|d\.?\s?phil|doctor/i.test(e.title ?? ''))?.organization ?? null
  );
}

function entry(publication: Publication, profile: Profile, key: string): string {
  const type = ENTRY_TYPE[publication.kind];
  const fields: [string, string][] = [];
  const add = (name: string, value: string | null | undefined, escape = true) => {
    if (value) fields.push([name, escape ? escapeBibtex(value) : value]);
  };
  add('title', publication.title ?? publication.raw);
  add('author', publication.authors.map(escapeBibtex).join(' and '), false);
  let venue = publication.venue;
  if (type === 'phdthesis' && (!venue || /thesis/i.test(venue))) venue = doctorateSchool(profile) ?? venue;
  add(VENUE_FIELD[type] ?? 'howpublished', venue);
  add('year', publication.year === null ? null : String(publication.year));
  // DOIs and arXiv ids are identifiers, not text: no LaTeX escaping, but no braces either.
  add('doi', publication.doi?.replace(/[{}\s]/g, ''), false);
  if (publication.arxiv) {
    add('eprint', publication.arxiv.replace(/[{}\s]/g, ''), false);
    add('archiveprefix', 'arXiv');
  }
  const status =
    publication.status === 'accepted' || publication.status === 'submitted' ? [publication.status] : [];
  add('note', [...status, ...publication.notes].join('; '));
  const body = fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n');
  return `@${type}{${key},\n${body}\n}`;
}

/** The publications of the given candidates; keys unique across all of them. */
export function exportBibtex(records: readonly CandidateRecord[]): string {
  const used = new Set<string>();
  const blocks = records.map((record) => {
    const entries = record.profile.publications.map((p) =>
      entry(p, record.profile, uniqueKey(baseKey(p, record.profile), used)),
    );
    // Text outside entries is a comment to BibTeX.
    const heading = `% ${record.name.replace(/[\r\n@{}]+/g, ' ') || 'unnamed'}: ${entries.length} publications`;
    return [heading, ...entries].join('\n\n');
  });
  return blocks.join('\n\n') + '\n';
}

export const bibtexExporter: Exporter = {
  format: 'bibtex',
  label: 'BibTeX (publications)',
  mimeType: 'application/x-bibtex',
  extension: 'bib',
  scope: 'many',
  run: (records) => exportBibtex(records),
};
