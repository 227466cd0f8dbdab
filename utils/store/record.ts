import type { Flag, Profile } from '../model/profile';
import { mergeLists } from './merge-lists';
import { flagKey, mergeProfilesMapped, remapFlag } from './merge-profile';
import { mergeReviews } from './review';
import type { CandidateRecord, ScholarResults, SeenAt } from './types';

/**
 * Separates the scholar results a profile may carry (the optional `scholar` field the scholar
 * issue adds) from the profile, so the record holds them once, in `scholar`.
 */
export function splitScholar(profile: Profile): { profile: Profile; scholar: ScholarResults | undefined } {
  if (!('scholar' in profile)) return { profile, scholar: undefined };
  const { scholar, ...rest } = profile;
  return { profile: rest, scholar };
}

/** The profile as the rest of the extension knows it, with its scholar results where there are some. */
export function profileOf(record: CandidateRecord): Profile {
  return record.scholar ? { ...record.profile, scholar: record.scholar } : record.profile;
}

/** The more recent of two look-ups. */
function newerScholar(a: ScholarResults | null, b: ScholarResults | null): ScholarResults | null {
  if (!a || !b) return a ?? b;
  return b.fetchedAt > a.fetchedAt ? b : a;
}

export function displayName(profile: Profile): string {
  return profile.person.name ?? profile.person.nameVariants[0]?.name ?? '';
}

/** Unions by URL, keeping the earliest first sighting and the latest last one. */
export function mergeSeenAt(a: readonly SeenAt[], b: readonly SeenAt[]): SeenAt[] {
  const out = a.map((s) => ({ ...s }));
  for (const seen of b) {
    const same = out.find((s) => s.url === seen.url);
    if (!same) out.push({ ...seen });
    else {
      if (seen.firstSeen < same.firstSeen) same.firstSeen = seen.firstSeen;
      if (seen.lastSeen > same.lastSeen) same.lastSeen = seen.lastSeen;
    }
  }
  return out;
}

export function newRecord(input: Profile, url: string | null, now: string, id: string): CandidateRecord {
  const { profile, scholar } = splitScholar(input);
  return {
    id,
    name: displayName(profile),
    profile,
    scholar: scholar ?? null,
    flags: profile.flags,
    notes: '',
    tags: [],
    rating: null,
    status: 'new',
    urls: url ? [{ url, firstSeen: now, lastSeen: now }] : [],
    createdAt: now,
    updatedAt: now,
  };
}

/** Flags the record holds beyond its profile's own (those derived later, from scholar results). */
export function extraFlags(record: CandidateRecord): Flag[] {
  const own = new Set(record.profile.flags.map(flagKey));
  return record.flags.filter((flag) => !own.has(flagKey(flag)));
}

export function unionFlags(...lists: Flag[][]): Flag[] {
  return lists.reduce((acc, list) => mergeLists(acc, list, flagKey, (a) => a).items, []);
}

/** A profile seen again: the profile merges, the reviewer's data stays, the URL is remembered. */
export function addSighting(
  record: CandidateRecord,
  input: Profile,
  url: string | null,
  now: string,
): CandidateRecord {
  const { profile, scholar } = splitScholar(input);
  const { profile: merged } = mergeProfilesMapped(record.profile, profile);
  return {
    ...record,
    name: displayName(merged),
    profile: merged,
    // A profile parsed without a look-up keeps the record's results.
    scholar: newerScholar(record.scholar, scholar ?? null),
    // The existing profile's publications keep their indexes, so its extra flags stay valid.
    flags: unionFlags(merged.flags, extraFlags(record)),
    urls: mergeSeenAt(record.urls, url ? [{ url, firstSeen: now, lastSeen: now }] : []),
    updatedAt: now,
  };
}

/**
 * Two records of one person (an import into a store that has it): nothing of either is lost,
 * and merging a record with itself changes nothing, so importing a backup twice is harmless.
 */
export function mergeRecords(existing: CandidateRecord, incoming: CandidateRecord): CandidateRecord {
  const { profile, placedAt } = mergeProfilesMapped(existing.profile, incoming.profile);
  const incomingExtra = extraFlags(incoming).map((flag) => remapFlag(flag, placedAt));
  return {
    ...incoming,
    ...existing,
    ...mergeReviews(existing, incoming),
    name: displayName(profile),
    profile,
    scholar: newerScholar(existing.scholar, incoming.scholar),
    flags: unionFlags(profile.flags, extraFlags(existing), incomingExtra),
    urls: mergeSeenAt(existing.urls, incoming.urls),
    createdAt: existing.createdAt < incoming.createdAt ? existing.createdAt : incoming.createdAt,
    updatedAt: existing.updatedAt > incoming.updatedAt ? existing.updatedAt : incoming.updatedAt,
  };
}
