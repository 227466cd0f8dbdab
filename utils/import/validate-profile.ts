import { DOCUMENT_KINDS, FLAG_KINDS, PUBLICATION_KINDS, PUBLICATION_STATUSES } from '../model/profile';
import { arr, bool, int, intOrNull, obj, oneOf, optional, str, strOrNull } from './checks';

const STATUSES = [...PUBLICATION_STATUSES, null];

const strings = (value: unknown, path: string) => arr(value, path, str);

function entry(value: unknown, path: string): void {
  const e = obj(value, path);
  for (const key of ['title', 'organization', 'location', 'start', 'end'])
    strOrNull(e[key], `${path}.${key}`);
  str(e.raw, `${path}.raw`);
}

function item(value: unknown, path: string): void {
  const i = obj(value, path);
  str(i.text, `${path}.text`);
  intOrNull(i.year, `${path}.year`);
  str(i.raw, `${path}.raw`);
}

function publication(value: unknown, path: string): void {
  const p = obj(value, path);
  strOrNull(p.title, `${path}.title`);
  strings(p.authors, `${path}.authors`);
  strOrNull(p.venue, `${path}.venue`);
  intOrNull(p.year, `${path}.year`);
  oneOf(p.kind, `${path}.kind`, PUBLICATION_KINDS);
  oneOf(p.status, `${path}.status`, STATUSES);
  intOrNull(p.candidateAuthorIndex, `${path}.candidateAuthorIndex`);
  bool(p.equalContribution, `${path}.equalContribution`);
  strings(p.notes, `${path}.notes`);
  strOrNull(p.doi, `${path}.doi`);
  str(p.raw, `${path}.raw`);
  optional(p, 'arxiv', path, strOrNull);
  optional(p, 'links', path, strings);
  optional(p, 'authorsIncomplete', path, bool);
}

export function flag(value: unknown, path: string): void {
  const f = obj(value, path);
  oneOf(f.kind, `${path}.kind`, FLAG_KINDS);
  oneOf(f.severity, `${path}.severity`, ['info', 'warning']);
  str(f.message, `${path}.message`);
  optional(f, 'evidence', path, strings);
  optional(f, 'publications', path, (v, p) => arr(v, p, int));
}

function person(value: unknown, path: string): void {
  const p = obj(value, path);
  strOrNull(p.name, `${path}.name`);
  arr(p.nameVariants, `${path}.nameVariants`, (v, vp) => {
    const variant = obj(v, vp);
    str(variant.name, `${vp}.name`);
    str(variant.evidence, `${vp}.evidence`);
  });
  strings(p.emails, `${path}.emails`);
  strings(p.links, `${path}.links`);
  optional(p, 'affiliation', path, strOrNull);
}

/** Checks a profile against the contract of shared/DESIGN.md; fields it does not know pass. */
export function validateProfile(value: unknown, path: string): void {
  const p = obj(value, path);
  oneOf(p.schemaVersion, `${path}.schemaVersion`, [1]);
  const source = obj(p.source, `${path}.source`);
  oneOf(source.kind, `${path}.source.kind`, ['html', 'pdf', 'text']);
  strOrNull(source.url, `${path}.source.url`);
  strOrNull(source.title, `${path}.source.title`);
  intOrNull(source.pages, `${path}.source.pages`);
  oneOf(p.documentKind, `${path}.documentKind`, DOCUMENT_KINDS);
  person(p.person, `${path}.person`);
  arr(p.education, `${path}.education`, entry);
  arr(p.positions, `${path}.positions`, entry);
  arr(p.publications, `${path}.publications`, publication);
  for (const key of ['awards', 'talks', 'teaching', 'service', 'skills']) arr(p[key], `${path}.${key}`, item);
  arr(p.flags, `${path}.flags`, flag);
}
