import type { Entry } from '../model/profile';
import { readEntryHeader } from './entry-header';
import { organizationAbove, organizationNearby } from './organization-nearby';
import { looksLikeLocation, ORGANIZATION, ROLE } from '../lexicon/entry-words';
import { isSubunit, preferInstitution } from './prefer-institution';
import { headerParts } from './split-parts';
import type { EntryLines } from './types';

function roleScore(part: string): number {
  return (ROLE.test(part) ? 2 : 0) - (ORGANIZATION.test(part) ? 1 : 0);
}

function orgScore(part: string): number {
  return (ORGANIZATION.test(part) ? 2 : 0) - (ROLE.test(part) ? 1 : 0) + (/^\p{Lu}/u.test(part) ? 0.1 : 0);
}

/**
 * A position entry: role, organisation, place and dates. Which part is the role is decided by
 * wording (role words vs organisation words), not by order or bold, since CVs use both orders.
 * `heading` is the organisation a line above the entry named for the roles under it
 * (organizationHeading of an earlier entry): an entry that names none of its own, or only a unit
 * inside one, is held there.
 */
export function parsePositionEntry(entry: EntryLines, heading: string | null = null): Entry {
  const header = readEntryHeader(entry);
  const parts = headerParts(header.texts).filter(
    (p) => !(looksLikeLocation(p) && p !== header.texts[0]?.text),
  );
  let title: string | null = null;
  let organization: string | null = null;
  if (parts.length === 1) {
    const only = parts[0]!;
    const at = /^(.+?)\s+(?:at|@|chez|bei|en)\s+(\p{Lu}.+)$/u.exec(only);
    if (at) [title, organization] = [at[1]!, at[2]!];
    else if (roleScore(only) > 0) title = only;
    else organization = only;
  } else if (parts.length > 1) {
    const byRole = [...parts].sort((a, b) => roleScore(b) - roleScore(a));
    title = byRole[0]!;
    const rest = parts.filter((p) => p !== title);
    organization = [...rest].sort((a, b) => orgScore(b) - orgScore(a))[0] ?? null;
    if (roleScore(title) <= 0 && orgScore(parts[0]!) <= 0) [title, organization] = [parts[0]!, parts[1]!];
  }
  organization = preferInstitution(
    organization,
    parts.filter((p) => p !== title && p !== organization),
  );
  if (!organization && title) organization = organizationNearby(entry.lines, [title]);
  // The organisation on the line above the dates outranks a part with fewer organisation words
  // ("Latin and Greek" of "Assistant Instructor, Latin and Greek 2014 – 2015"); a lone part that
  // loses to it is the role ("Software development" under "PuzzlePie KG").
  const above = organizationAbove(entry.lines, header.dateLine);
  if (above && orgScore(above) > (organization ? orgScore(organization) : -Infinity)) {
    title ??= organization;
    organization = above;
  }
  // A unit named on the role's line ("Lab Manager, Fungal Biology Laboratory") says where inside
  // the organisation written above the roles, as preferInstitution reads it within one header.
  if (heading && (!organization || (isSubunit(organization) && !isSubunit(heading)))) organization = heading;
  const location =
    header.location ??
    header.texts.map((t) => t.text).find((t) => looksLikeLocation(t) && t !== title) ??
    null;
  const range = header.range;
  return {
    title,
    organization,
    location,
    // One date is when the post was held or ended, as for a degree: its start is not stated.
    start: range && !range.single ? range.start : null,
    end: range ? (range.single ? range.start : range.end) : null,
    raw: header.raw,
  };
}
