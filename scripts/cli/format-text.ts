import type { Entry, Profile } from '../../utils/model/profile';

function span(entry: Entry): string {
  const end = entry.end === 'present' ? 'present' : (entry.end ?? '');
  return entry.start || end ? `${entry.start ?? '?'} – ${end || '?'}` : '';
}

function entryLine(entry: Entry): string {
  const what = [entry.title, entry.organization, entry.location].filter(Boolean).join(', ');
  return `  ${span(entry).padEnd(20)} ${what || entry.raw}`;
}

/** A readable summary of a profile for the terminal. */
export function formatProfileText(profile: Profile): string {
  const out: string[] = [];
  const person = profile.person;
  out.push(`${person.name ?? '(no name found)'}  [${profile.documentKind}, ${profile.source.kind}]`);
  for (const variant of person.nameVariants) out.push(`  also: ${variant.name} — “${variant.evidence}”`);
  if (person.emails.length) out.push(`  ${person.emails.join(', ')}`);
  if (person.links.length) out.push(`  ${person.links.join(', ')}`);
  const block = (title: string, lines: string[]) => {
    if (lines.length) out.push('', `${title} (${lines.length})`, ...lines);
  };
  block('Education', profile.education.map(entryLine));
  block('Positions', profile.positions.map(entryLine));
  block(
    'Publications',
    profile.publications.map((p) => {
      const where = [p.venue, p.year].filter(Boolean).join(' ');
      return `  ${p.title ?? p.raw}${where ? ` — ${where}` : ''}${p.status && p.status !== 'published' ? ` [${p.status}]` : ''}`;
    }),
  );
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
