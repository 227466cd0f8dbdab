import { namesCanMatch } from '../names/match-names';
import type { Profile } from '../model/profile';
import { findOrcids, normaliseEmail, normaliseLink, normaliseText, titleKey } from './normalise';

/** Every name the profile goes by: the name and its variants. */
export function namesOf(profile: Profile): string[] {
  const names = profile.person.name ? [profile.person.name] : [];
  return [...names, ...profile.person.nameVariants.map((v) => v.name)].filter((n) => n.trim() !== '');
}

function shareAny(a: Iterable<string>, b: Iterable<string>): boolean {
  const set = new Set(a);
  for (const item of b) if (set.has(item)) return true;
  return false;
}

/** Hosts many unrelated people link to: a bare one says nothing about who someone is. */
const SHARED_HOSTS =
  /^(twitter\.com|x\.com|github\.com|linkedin\.com|scholar\.google\.[a-z.]+|orcid\.org|arxiv\.org)$/;

function personalLinks(profile: Profile): string[] {
  return profile.person.links.map(normaliseLink).filter((link) => link !== '' && !SHARED_HOSTS.test(link));
}

/** Long enough that two different people would not both have a paper of that title. */
function distinctiveTitles(profile: Profile): string[] {
  return profile.publications
    .map((p) => (p.title ? titleKey(p.title) : ''))
    .filter((key) => key.split(' ').length >= 4);
}

/** "Soufiane Hayou" and "S. Hayou" give the same key: surname plus first initial. */
function coauthorKey(name: string): string {
  const words = normaliseText(name).split(' ').filter(Boolean);
  const surname = words.at(-1) ?? '';
  return `${surname} ${words[0]?.[0] ?? ''}`;
}

function coauthors(profile: Profile): Set<string> {
  const names = namesOf(profile);
  const keys = new Set<string>();
  for (const publication of profile.publications) {
    for (const author of publication.authors) {
      if (names.some((name) => namesCanMatch(name, author))) continue;
      keys.add(coauthorKey(author));
    }
  }
  return keys;
}

/** The evidence, beside the name, that two profiles are one person; null when there is none. */
export function sharedEvidence(a: Profile, b: Profile): string | null {
  if (shareAny(a.person.emails.map(normaliseEmail), b.person.emails.map(normaliseEmail))) return 'email';
  const texts = (p: Profile) => [...p.person.links, ...p.person.emails];
  if (shareAny(findOrcids(texts(a)), findOrcids(texts(b)))) return 'orcid';
  if (shareAny(personalLinks(a), personalLinks(b))) return 'link';
  if (shareAny(distinctiveTitles(a), distinctiveTitles(b))) return 'title';
  const theirs = coauthors(b);
  const shared = [...coauthors(a)].filter((key) => theirs.has(key));
  // Two co-authors in common: one could be a coincidence of a common surname.
  if (shared.length >= 2) return 'coauthors';
  return null;
}

/**
 * One person when a name or variant of one matches a name or variant of the other AND they
 * share an email, ORCID, personal link, a publication title or co-authors. A name alone is
 * not enough: two people may share one.
 */
export function isSamePerson(a: Profile, b: Profile): boolean {
  const namesA = namesOf(a);
  const namesB = namesOf(b);
  if (!namesA.some((x) => namesB.some((y) => namesCanMatch(x, y)))) return false;
  return sharedEvidence(a, b) !== null;
}
