import { authorPosition, authorsText, placeAndYear, placeOf } from '../../utils/export/publication-parts';
import { DOCUMENT_KIND_NAMES } from '../../utils/profile/document-kind-names';
import type { DocumentKind, Entry, Profile, Publication } from '../../utils/model/profile';

/**
 * Each document kind as the CLI's list and summaries say it: the popup's names, except that a page
 * that reads as no kind is "unknown kind" in a "[kind, format]" column, not "page".
 */
export const DOCUMENT_KIND_TEXT: Record<DocumentKind, string> = {
  ...DOCUMENT_KIND_NAMES,
  unknown: 'unknown kind',
};

function span(entry: Entry): string {
  const end = entry.end === 'present' ? 'present' : (entry.end ?? '');
  return entry.start || end ? `${entry.start ?? '?'} – ${end || '?'}` : '';
}

function entryLine(entry: Entry): string {
  const what = [entry.title, entry.organization, entry.location].filter(Boolean).join(', ');
  return `  ${span(entry).padEnd(20)} ${what || entry.raw}`;
}

/** "(submitted)", "(accepted)": a status other than published, said once. */
function statusMark(publication: Publication): string {
  return publication.status && publication.status !== 'published' ? ` [${publication.status}]` : '';
}

/** The publication's first line: title — place and year (the year once; none where a column shows it), status. */
export function publicationHeadline(publication: Publication, { year = true } = {}): string {
  const where = year ? placeAndYear(publication) : placeOf(publication);
  return `${publication.title ?? publication.raw}${where ? ` — ${where}` : ''}${statusMark(publication)}`;
}

/** Title line, then the authors and where the candidate stands among them. */
function publicationLines(publication: Publication): string[] {
  const lines = [`  ${publicationHeadline(publication)}`];
  const authors = authorsText(publication);
  const position = authorPosition(publication);
  if (authors) lines.push(`      ${authors}${position ? ` — ${position}` : ''}`);
  return lines;
}

/** The first line of every text form: who, and what kind of document from what source. */
export function formatProfileHeading(profile: Profile): string {
  const kind = DOCUMENT_KIND_TEXT[profile.documentKind];
  return `${profile.person.name ?? '(no name found)'}  [${kind}, ${profile.source.kind}]`;
}

/** A readable summary of a profile for the terminal. */
export function formatProfileText(profile: Profile): string {
  const out: string[] = [formatProfileHeading(profile)];
  const person = profile.person;
  for (const variant of person.nameVariants) out.push(`  also: ${variant.name} — “${variant.evidence}”`);
  if (person.emails.length) out.push(`  ${person.emails.join(', ')}`);
  if (person.links.length) out.push(`  ${person.links.join(', ')}`);
  const block = (title: string, lines: string[], count = lines.length) => {
    if (lines.length) out.push('', `${title} (${count})`, ...lines);
  };
  block('Education', profile.education.map(entryLine));
  block('Positions', profile.positions.map(entryLine));
  block('Publications', profile.publications.flatMap(publicationLines), profile.publications.length);
  for (const [title, items] of [
    ['Awards', profile.awards],
    ['Talks', profile.talks],
    ['Teaching', profile.teaching],
    ['Service', profile.service],
    ['Skills', profile.skills],
  ] as const) {
    block(
      title,
      items.map((item) => `  ${item.year ?? '    '} ${item.text}`),
    );
  }
  block(
    'Flags',
    profile.flags.map((flag) => `  [${flag.severity}] ${flag.message}`),
  );
  return out.join('\n');
}
