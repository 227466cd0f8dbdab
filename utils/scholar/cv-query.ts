import { namesCanMatch } from '../names/match-names';
import type { Profile } from '../model/profile';
import { plain } from './normalise';
import type { CvPublication, CvQuery } from './source';

const MAX_SEARCH_NAMES = 2;

function initialsOnly(name: string): boolean {
  const parts = plain(name).split(' ');
  return parts.slice(0, -1).every((p) => p.length <= 1);
}

/**
 * The names worth a search: distinct after folding case, accents and punctuation (the APIs fold
 * them too), full given names before initials, at most two — each name is a priced search.
 */
export function searchNames(names: string[]): string[] {
  const seen = new Set<string>();
  const distinct = names.filter((n) => {
    const key = plain(n);
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const [primary, ...rest] = distinct;
  if (primary === undefined) return [];
  const others = [...rest.filter((n) => !initialsOnly(n)), ...rest.filter(initialsOnly)];
  return [primary, ...others].slice(0, MAX_SEARCH_NAMES);
}

export function buildQuery(profile: Profile): CvQuery {
  const allNames = [profile.person.name, ...profile.person.nameVariants.map((v) => v.name)].filter(
    (n): n is string => !!n && n.trim().length > 0,
  );
  const isPerson = (n: string): boolean => allNames.some((m) => namesCanMatch(n, m));
  const publications: CvPublication[] = [];
  profile.publications.forEach((p, index) => {
    if (!p.title) return;
    publications.push({
      index,
      title: p.title,
      year: p.year,
      venue: p.venue,
      kind: p.kind,
      doi: p.doi,
      arxiv: p.arxiv ?? null,
      coauthors: p.authors.filter((a, i) => i !== p.candidateAuthorIndex && !isPerson(a)),
    });
  });
  const organisations = [
    profile.person.affiliation ?? null,
    ...profile.positions.map((e) => e.organization),
    ...profile.education.map((e) => e.organization),
  ].filter((o): o is string => !!o);
  const orcid =
    [...profile.person.links, ...profile.person.emails]
      .map((l) => /orcid\.org\/(\d{4}-\d{4}-\d{4}-\d{3}[\dX])/i.exec(l)?.[1])
      .find((id) => id !== undefined) ?? null;
  return {
    searchNames: searchNames(allNames),
    allNames,
    publications,
    organisations: [...new Set(organisations)],
    orcid,
  };
}
