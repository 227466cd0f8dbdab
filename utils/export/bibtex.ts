import type { Profile, Publication, PublicationKind } from '../profile/types';
import type { CandidateRecord } from '../store/types';
import { familyKey, parseName } from '../names/parse-name';
import { placeOf } from './publication-parts';
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

/**
 * LaTeX specials as text commands. Braces in CV text are text, never grouping: each becomes
 * \textbraceleft{} / \textbraceright{}, which keeps every field balanced (BibTeX counts the brace
 * of "\}" as a closing one, so "Venue}, note={x" would otherwise end the field and open another).
 */
const SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
};

/** LaTeX specials escaped in one pass, so an escape's own braces are not escaped again. */
export function escapeBibtex(text: string): string {
  return text
    .replace(/[\\{}%&$#_^~]/g, (c) => SPECIALS[c] ?? c)
    .replace(/\s+/g, ' ')
    .trim();
}

/** A capital after a word's first letter: an acronym or a name styled so (LoRA, PAC-Bayes, ResNet). */
const INNER_CAPITAL = /\p{L}.*\p{Lu}/u;

/**
 * Is the title written in sentence case ("Effectiveness of test and trace in the UK")? Then every
 * capitalised word after the first is a name the author chose to capitalise.
 */
function isSentenceCase(words: readonly string[]): boolean {
  const long = words.slice(1).filter((w) => /^\p{L}{4,}/u.test(w));
  return long.length > 0 && long.filter((w) => /^\p{Ll}/u.test(w)).length > long.length / 2;
}

/**
 * The title escaped, with the capitals bibliography styles must not lower-case inside braces:
 * words with a capital after their first letter ({LoRA}, {PAC-Bayes}) and, in a sentence-case
 * title, every capitalised word after the first ({Bayesian}).
 */
export function bibtexTitle(title: string): string {
  const words = title.split(/\s+/).filter(Boolean);
  const sentenceCase = isSentenceCase(words);
  return words
    .map((word, i) => {
      const escaped = escapeBibtex(word);
      const protect = INNER_CAPITAL.test(word) || (sentenceCase && i > 0 && /^\P{L}*\p{Lu}/u.test(word));
      return protect ? `{${escaped}}` : escaped;
    })
    .join(' ');
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

/**
 * The citation key: first author's family name, year, first significant title word
 * ("elesedy2024lora"). Undated entries put "-nd-" where the year goes ("teh-nd-efficient"), so
 * the mark cannot be read as part of the name or the word.
 */
function baseKey(publication: Publication, profile: Profile): string {
  const author = publication.authors[0] ?? profile.person.name ?? '';
  const surname = familyKey(parseName(author)) || 'anon';
  const word =
    ascii(publication.title ?? publication.raw)
      .split(' ')
      .find((w) => w.length > 2 && !STOP_WORDS.has(w)) ?? '';
  return publication.year === null
    ? `${surname}-nd-${word}`.replace(/-$/, '')
    : `${surname}${publication.year}${word}`;
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
  add('title', bibtexTitle(publication.title ?? publication.raw), false);
  // "and others" is BibTeX's own way to say the list goes on ("et al." in the CV).
  const authors = [
    ...publication.authors.map(escapeBibtex),
    ...(publication.authorsIncomplete ? ['others'] : []),
  ];
  add('author', authors.join(' and '), false);
  let venue = placeOf(publication);
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
