import type {
  DocumentKind,
  Entry,
  Flag,
  Item,
  NameVariant,
  Person,
  Profile,
  Publication,
} from '../profile/types';
import { mergeLists } from './merge-lists';
import { normaliseEmail, normaliseLink, normaliseText, titleKey, unionStrings } from './normalise';

/** Which document says most about a person, when two disagree on what kind they are. */
const KIND_RANK: Record<DocumentKind, number> = {
  cv: 4,
  'profile-page': 3,
  'publication-list': 2,
  letter: 1,
  unknown: 0,
};

function filled(entry: Entry): number {
  return [entry.title, entry.organization, entry.location, entry.start, entry.end].filter((v) => v !== null)
    .length;
}

/** The richer entry, with the other's fields where it has none. */
function mergeEntry(a: Entry, b: Entry): Entry {
  const [rich, poor] = filled(b) > filled(a) ? [b, a] : [a, b];
  return {
    ...poor,
    ...rich,
    title: rich.title ?? poor.title,
    organization: rich.organization ?? poor.organization,
    location: rich.location ?? poor.location,
    start: rich.start ?? poor.start,
    end: rich.end ?? poor.end,
  };
}

const entryKey = (e: Entry): string =>
  normaliseText(`${e.title ?? ''} ${e.organization ?? ''}`) || normaliseText(e.raw);
const entryAffinity = (a: Entry, b: Entry): number =>
  (a.start === b.start ? 1 : 0) + (a.end === b.end ? 1 : 0);

const itemKey = (item: Item): string => normaliseText(item.text);
const mergeItem = (a: Item, b: Item): Item => ({ ...b, ...a, year: a.year ?? b.year });

export const publicationKey = (p: Publication): string =>
  p.title ? titleKey(p.title) : `raw ${normaliseText(p.raw)}`;

const publicationAffinity = (a: Publication, b: Publication): number =>
  (a.kind === b.kind ? 2 : 0) + (a.year === b.year ? 1 : 0);

function mergePublication(a: Publication, b: Publication): Publication {
  // Authors and the candidate's place among them travel together.
  const byAuthors = b.authors.length > a.authors.length ? b : a;
  const merged: Publication = {
    ...b,
    ...a,
    title: a.title ?? b.title,
    authors: byAuthors.authors,
    candidateAuthorIndex: byAuthors.candidateAuthorIndex,
    venue: a.venue ?? b.venue,
    year: a.year ?? b.year,
    kind: a.kind === 'other' ? b.kind : a.kind,
    status: a.status ?? b.status,
    equalContribution: a.equalContribution || b.equalContribution,
    notes: unionStrings(a.notes, b.notes, normaliseText),
    doi: a.doi ?? b.doi,
    raw: b.raw.length > a.raw.length ? b.raw : a.raw,
  };
  const arxiv = a.arxiv ?? b.arxiv;
  if (arxiv !== undefined) merged.arxiv = arxiv;
  if (a.links || b.links) merged.links = unionStrings(a.links ?? [], b.links ?? [], normaliseLink);
  // Whether the author list is cut short ("et al.") is a property of the list taken.
  if (byAuthors.authorsIncomplete) merged.authorsIncomplete = true;
  else delete merged.authorsIncomplete;
  return merged;
}

function mergePerson(a: Person, b: Person): Person {
  const variantKey = (v: NameVariant): string => normaliseText(v.name);
  let nameVariants = mergeLists(a.nameVariants, b.nameVariants, variantKey, (x) => x).items;
  const name = a.name ?? b.name;
  // A different spelling on the other document is itself a variant, with that as evidence.
  if (b.name && name && normaliseText(b.name) !== normaliseText(name)) {
    const known = new Set(nameVariants.map(variantKey));
    if (!known.has(normaliseText(b.name))) {
      nameVariants = [
        ...nameVariants,
        { name: b.name, evidence: 'the name on another document of this candidate' },
      ];
    }
  }
  const person: Person = {
    ...b,
    ...a,
    name,
    nameVariants,
    emails: unionStrings(a.emails, b.emails, normaliseEmail),
    links: unionStrings(a.links, b.links, normaliseLink),
  };
  const affiliation = a.affiliation ?? b.affiliation;
  if (affiliation !== undefined) person.affiliation = affiliation;
  return person;
}

export function remapFlag(flag: Flag, placedAt: readonly number[]): Flag {
  if (!flag.publications) return flag;
  return { ...flag, publications: flag.publications.map((i) => placedAt[i] ?? i) };
}

export const flagKey = (flag: Flag): string =>
  `${flag.kind}\u0000${flag.message}\u0000${(flag.publications ?? []).join(',')}`;

/**
 * Merges two profiles of one person: richer fields win, emails, links and variants are unioned,
 * publications are unioned by normalised title, and flags follow their publications to their
 * new indexes. Fields this code does not know (later additions, such as scholar results)
 * come from `incoming` when it has them. Merging a profile with itself returns an equal profile.
 */
export function mergeProfiles(existing: Profile, incoming: Profile): Profile {
  return mergeProfilesMapped(existing, incoming).profile;
}

/** mergeProfiles, also telling where each incoming publication went (for flags kept elsewhere). */
export function mergeProfilesMapped(
  existing: Profile,
  incoming: Profile,
): { profile: Profile; placedAt: number[] } {
  const publications = mergeLists(
    existing.publications,
    incoming.publications,
    publicationKey,
    mergePublication,
    publicationAffinity,
  );
  const incomingFlags = incoming.flags.map((flag) => remapFlag(flag, publications.placedAt));
  const richerKind =
    KIND_RANK[incoming.documentKind] > KIND_RANK[existing.documentKind] ? incoming : existing;
  const lists = <T>(
    pick: (p: Profile) => T[],
    key: (t: T) => string,
    merge: (a: T, b: T) => T,
    affinity?: (a: T, b: T) => number,
  ) => mergeLists(pick(existing), pick(incoming), key, merge, affinity).items;
  const profile: Profile = {
    ...existing,
    ...incoming,
    schemaVersion: existing.schemaVersion,
    source: richerKind.source,
    documentKind: richerKind.documentKind,
    person: mergePerson(existing.person, incoming.person),
    education: lists((p) => p.education, entryKey, mergeEntry, entryAffinity),
    positions: lists((p) => p.positions, entryKey, mergeEntry, entryAffinity),
    publications: publications.items,
    awards: lists((p) => p.awards, itemKey, mergeItem),
    talks: lists((p) => p.talks, itemKey, mergeItem),
    teaching: lists((p) => p.teaching, itemKey, mergeItem),
    service: lists((p) => p.service, itemKey, mergeItem),
    skills: lists((p) => p.skills, itemKey, mergeItem),
    flags: mergeLists(existing.flags, incomingFlags, flagKey, (a) => a).items,
  };
  return { profile, placedAt: publications.placedAt };
}
