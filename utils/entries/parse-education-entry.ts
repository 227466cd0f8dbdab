import type { Entry } from '../model/profile';
import { trimPunctuation } from '../document/normalize-text';
import { readEntryHeader } from './entry-header';
import { organizationNearby } from './organization-nearby';
import { DEGREE, INSTITUTION_RANK, looksLikeLocation, ORGANIZATION } from '../lexicon/entry-words';
import { headerParts, splitCommas } from './split-parts';
import type { EntryLines } from './types';

/** A degree's own wording, without the advisor sentence or the honours that follow it. */
function cleanDegree(text: string): string {
  const firstSentence =
    text.split(
      /(?<![A-Z][a-z]?|\b(?:[A-Z]\.)+|\b(?:Sc|Eng|Phil|Res|Tech|Ed|St|Dr|Prof|[Rr]er|[Nn]at|Ing))\.\s+(?=[A-Z])/,
    )[0] ?? text;
  return trimPunctuation(
    firstSentence
      // An institution run on after the degree without a separator ("MSc. Maths Jesus College").
      .replace(
        /(?<=\S+\s+\S+.*?)\s+(?:\p{Lu}[\p{L}'’.-]*\s+)?(?:College|University|Institute|School|Department|Universit[éy])\b.*$/u,
        '',
      )
      .replace(
        /\s+(?:with|avec|mit)\s+(?:first[- ]class\s+)?(?:high(?:est)?\s+)?(?:distinction|honou?rs|merit|mention|summa|magna|cum laude|auszeichnung).*$/i,
        '',
      )
      .replace(/\.$/, ''),
  );
}

function institutionRank(text: string): number {
  let best = ORGANIZATION.test(text) ? 0.25 : 0;
  for (const [re, rank] of INSTITUTION_RANK) if (re.test(text)) best = Math.max(best, rank);
  return best;
}

/** The best institution among the parts: a university over its college or department. */
function pickInstitution(parts: string[]): string | null {
  const pieces = parts.flatMap((p) => (institutionRank(p) > 0 ? splitCommas(p) : [p]));
  let best: string | null = null;
  let bestRank = 0;
  for (const piece of pieces) {
    const rank = institutionRank(piece);
    if (rank > bestRank) {
      best = piece;
      bestRank = rank;
    }
  }
  return best;
}

/**
 * "PhD, Epidemiology, University of Michigan": the comma after a bare degree introduces its
 * field, not another part. The part after the degree is its field when it is a short name that
 * is neither a degree, an institution nor a place, and an institution is named elsewhere (so the
 * field is not the only candidate for the institution).
 */
function degreeWithField(degree: string, parts: string[]): string {
  const field = parts[parts.indexOf(degree) + 1];
  if (!field || degree.split(/\s+/).length > 3 || /\s(?:in|en|de|im)\s/i.test(degree)) return degree;
  const fieldLike =
    /^\p{Lu}/u.test(field) &&
    !/[0-9]/.test(field) &&
    field.split(/\s+/).length <= 6 &&
    !DEGREE.test(field) &&
    institutionRank(field) === 0 &&
    !looksLikeLocation(field);
  const rest = parts.filter((p) => p !== degree && p !== field);
  return fieldLike && pickInstitution(rest) ? `${degree}, ${field}` : degree;
}

/** An education entry: degree, institution, place and dates; a lone year is the graduation year. */
export function parseEducationEntry(entry: EntryLines): Entry {
  const header = readEntryHeader(entry);
  const parts = headerParts(header.texts);
  const degreePart = parts.find((p) => DEGREE.test(p) && institutionRank(p) < 3) ?? null;
  const others = parts.filter((p) => p !== degreePart);
  let organization = pickInstitution(others);
  if (!organization) organization = others.find((p) => !looksLikeLocation(p) && /^\p{Lu}/u.test(p)) ?? null;
  if (!organization) organization = organizationNearby(entry.lines, parts);
  const location = header.location ?? others.find((p) => p !== organization && looksLikeLocation(p)) ?? null;
  const range = header.range;
  return {
    title: degreePart
      ? cleanDegree(degreeWithField(degreePart, parts))
      : parts[0] && parts[0] !== organization
        ? cleanDegree(degreeWithField(parts[0], parts))
        : null,
    organization,
    location,
    start: range ? (range.single ? null : range.start) : null,
    end: range ? range.end : null,
    raw: header.raw,
  };
}

/**
 * A degree held under the organisation a line above named for the entries under it
 * (organizationHeading, as for posts: "University of Melbourne" over "2005–2008 PhD …" and
 * "2000–2004 BSc …") when its own lines name no institution. Applied to the degrees the entry model
 * kept, not to the reading it decides on, so its features and training labels stay as they were.
 */
export function degreeUnder(degree: Entry, heading: string | null): Entry {
  if (!heading || (degree.organization !== null && institutionRank(degree.organization) > 0)) return degree;
  return { ...degree, organization: heading };
}
