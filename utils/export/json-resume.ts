import { safeHref } from '../document/safe-href';
import { DEGREE_WORD } from '../lexicon/entry-words';
import type { Entry, Profile, Publication } from '../model/profile';
import { affiliationOf } from '../store/candidate-summary';
import { profileOf } from '../store/record';
import type { CandidateRecord } from '../store/types';
import { placeOf } from './publication-parts';
import type { Exporter } from './types';

const SCHEMA_URL = 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json';

/** The schema's iso8601 dates are YYYY, YYYY-MM or YYYY-MM-DD; 'present' is an absent endDate. */
function date(value: string | null): string | undefined {
  return value && /^\d{4}(-\d{2}){0,2}$/.test(value) ? value : undefined;
}

const DEGREE = new RegExp(`^(${DEGREE_WORD})\\s+(?:(?:in|of)\\s+)?(.+)$`, 'iu');

/** "DPhil Machine Learning" → studyType DPhil, area Machine Learning. */
function degreeParts(title: string | null): { studyType?: string; area?: string } {
  if (!title) return {};
  const match = title.match(DEGREE);
  return match ? { studyType: match[1]!.trim(), area: match[2]!.trim() } : { studyType: title };
}

function compact<T extends object>(value: T): T {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined && v !== null && v !== ''),
  ) as T;
}

function education(entry: Entry) {
  return compact({
    institution: entry.organization ?? undefined,
    ...degreeParts(entry.title),
    startDate: date(entry.start),
    endDate: date(entry.end),
  });
}

function work(entry: Entry) {
  return compact({
    name: entry.organization ?? undefined,
    position: entry.title ?? undefined,
    location: entry.location ?? undefined,
    startDate: date(entry.start),
    endDate: date(entry.end),
  });
}

const NETWORKS: [RegExp, string][] = [
  [/github\.com/i, 'GitHub'],
  [/(twitter|x)\.com/i, 'Twitter'],
  [/linkedin\.com/i, 'LinkedIn'],
  [/orcid\.org/i, 'ORCID'],
  [/scholar\.google/i, 'Google Scholar'],
];

/**
 * The DOI's address, else the arXiv page, else the entry's first web link: through safeHref,
 * the one link rule, which also percent-encodes what the schema's uri format refuses (spaces, braces).
 */
function publicationUrl(publication: Publication): string | undefined {
  if (publication.doi) return safeHref(`https://doi.org/${publication.doi}`) ?? undefined;
  if (publication.arxiv) return safeHref(`https://arxiv.org/abs/${publication.arxiv}`) ?? undefined;
  return publication.links?.map(safeHref).find((link) => link !== null) ?? undefined;
}

/** A JSON Resume (schema v1.0.0) of one candidate. */
export function toJsonResume(record: CandidateRecord): Record<string, unknown> {
  const profile: Profile = profileOf(record);
  // The one link rule (keptLink): a stored or imported javascript:, data: or file: link goes no further.
  const links = profile.person.links.flatMap((link) => safeHref(link) ?? []);
  const profiles = links.flatMap((url) => {
    const network = NETWORKS.find(([re]) => re.test(url))?.[1];
    return network ? [{ network, url }] : [];
  });
  const homepage = links.find((url) => !NETWORKS.some(([re]) => re.test(url)));
  return {
    $schema: SCHEMA_URL,
    basics: compact({
      name: profile.person.name ?? undefined,
      label: affiliationOf(profile) ?? undefined,
      // The schema's email format: a line the CV reader took for an address but is not one is left out.
      email: profile.person.emails.find((e) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(e)),
      url: homepage,
      profiles,
    }),
    education: profile.education.map(education),
    work: profile.positions.map(work),
    publications: profile.publications.map((p) =>
      compact({
        name: p.title ?? p.raw,
        // A status is not a publisher: "submitted" goes in the summary, never in publisher.
        publisher: placeOf(p) ?? undefined,
        releaseDate: p.year === null ? undefined : String(p.year),
        url: publicationUrl(p),
        summary: p.status === 'accepted' || p.status === 'submitted' ? p.status : undefined,
      }),
    ),
    awards: profile.awards.map((a) =>
      compact({ title: a.text, date: a.year === null ? undefined : String(a.year) }),
    ),
    meta: { canonical: SCHEMA_URL, version: 'v1.0.0', lastModified: record.updatedAt },
  };
}

export const jsonResumeExporter: Exporter = {
  format: 'jsonresume',
  label: 'JSON Resume (one candidate)',
  mimeType: 'application/json',
  extension: 'json',
  scope: 'one',
  run(records) {
    if (records.length !== 1)
      throw new RangeError(`JSON Resume describes one candidate, not ${records.length}`);
    return `${JSON.stringify(toJsonResume(records[0]!), null, 2)}\n`;
  },
};
