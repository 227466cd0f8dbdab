import type { Profile } from '../model/profile';
import type { BadgeItem } from './types';

function fold(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The candidate's names other than the one the CV leads with, from the CV and the records. */
export function otherNames(profile: Profile): string[] {
  const main = fold(profile.person.name ?? '');
  const names = [
    ...profile.person.nameVariants.map((v) => v.name),
    ...(profile.scholar?.variants ?? []).map((v) => v.name),
  ];
  const seen = new Set<string>([main]);
  return names.filter((name) => {
    const key = fold(name);
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** One badge per publication the profile read from the page, with its scholar record if any. */
export function badgeItemsOf(profile: Profile): BadgeItem[] {
  const records = new Map((profile.scholar?.publications ?? []).map((p) => [p.index, p]));
  const variantNames = otherNames(profile);
  return profile.publications.map((publication, index) => {
    const record = records.get(index);
    return {
      raw: publication.raw,
      title: publication.title,
      verdict: record?.verdict ?? null,
      citations: record?.citations ?? null,
      venue: record?.venue ?? null,
      year: record?.year ?? null,
      doi: record?.doi ?? publication.doi,
      url: record?.url ?? null,
      variantNames,
      recordAuthors: record?.recordAuthors ?? [],
    };
  });
}
