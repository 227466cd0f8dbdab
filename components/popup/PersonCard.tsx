import type { Profile } from '../../utils/profile/types';
import type { ScholarPart } from '../../utils/scholar/types';
import { SOURCE_NAMES } from '../../utils/scholar/labels';
import { safeHref } from '../../utils/document/safe-href';
import { DOCUMENT_KIND_NAMES } from '../../utils/profile/document-kind-names';
import { mailtoHref } from './format';

interface Variant {
  name: string;
  evidence: string[];
}

/** The CV's own variants with their evidence, plus names only the scholarly records carry. */
function variantsOf(profile: Profile, scholar: ScholarPart | undefined): Variant[] {
  const fold = (name: string): string =>
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
  const byName = new Map<string, Variant>();
  const main = fold(profile.person.name ?? '');
  for (const { name, evidence } of profile.person.nameVariants) {
    if (fold(name) === main) continue;
    const variant = byName.get(fold(name)) ?? { name, evidence: [] };
    variant.evidence.push(evidence);
    byName.set(fold(name), variant);
  }
  for (const { name, sources } of scholar?.variants ?? []) {
    if (fold(name) === main || !sources.length) continue;
    const variant = byName.get(fold(name)) ?? { name, evidence: [] };
    variant.evidence.push(`Records in ${sources.map((s) => SOURCE_NAMES[s]).join(', ')} carry this name`);
    byName.set(fold(name), variant);
  }
  return [...byName.values()];
}

export function PersonCard({ profile }: { profile: Profile }) {
  const { person } = profile;
  const variants = variantsOf(profile, profile.scholar);
  const links = person.links.map((link) => ({ link, href: safeHref(link) })).filter((l) => l.href !== null);
  return (
    <header class="person">
      <h1 class="name" data-testid="candidate-name">
        {person.name ?? 'Unnamed candidate'}
      </h1>
      <p class={`document-kind kind-${profile.documentKind}`} data-testid="document-kind">
        {documentKindText(profile)}
      </p>
      {variants.length > 0 && (
        <div class="variants" data-testid="name-variants">
          <span class="muted">Also published as</span>
          <ul>
            {variants.map((variant) => (
              <li key={variant.name}>
                <strong>{variant.name}</strong>
                <span class="muted"> — {variant.evidence.join(' · ')}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {(person.emails.length > 0 || links.length > 0) && (
        <ul class="contacts" aria-label="Contacts and profile links">
          {person.emails.map((email) => {
            const href = mailtoHref(email);
            return <li key={email}>{href ? <a href={href}>{email}</a> : email}</li>;
          })}
          {links.map(({ link, href }) => (
            <li key={link}>
              <a href={href ?? undefined} target="_blank" rel="noopener noreferrer">
                {shortLink(link)}
              </a>
            </li>
          ))}
        </ul>
      )}
    </header>
  );
}

/** "https://www.example.org/people/x/" → "example.org/people/x": readable in a narrow popup. */
function shortLink(link: string): string {
  return link.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '');
}

/** What was read, said plainly: a cover letter is never presented as a CV. */
function documentKindText(profile: Profile): string {
  const name = DOCUMENT_KIND_NAMES[profile.documentKind];
  const format = profile.source.kind === 'pdf' ? 'PDF' : profile.source.kind === 'html' ? 'web page' : 'text';
  switch (profile.documentKind) {
    case 'cv':
      return `Read as a CV (${format}).`;
    case 'letter':
      return `Read as a cover letter, not a CV (${format}): only what the letter states is shown.`;
    case 'unknown':
      return `Read as text at your request: this ${format} does not read as a CV.`;
    default:
      return `Read as a ${name}, not a CV (${format}).`;
  }
}
