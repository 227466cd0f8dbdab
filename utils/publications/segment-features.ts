import { alternation } from '../lexicon/compile';
import { monthAbbreviations, monthNames, SEASONS } from '../lexicon/months';
import { namesCanMatch } from '../names/match-names';
import { parseAuthorList, type AuthorList } from './author-list';
import type { Segment } from './segments';
import { STATUS_ONLY } from './status';
import { lookupVenue } from './venue-table';
import { VENUE_WORDS } from '../lexicon/venues';
import { PUBLISHER } from '../lexicon/publishers';
import { PLACE_PUBLISHER } from './venue-words';
import { YEAR } from '../lexicon/year';

const YEAR_WORD = new RegExp(`\\b(${YEAR})[a-z]?\\b`, 'g');
const MONTHS = new RegExp(
  `\\b${alternation([...monthNames(['en']), ...monthAbbreviations(['en']), ...SEASONS])}\\b\\.?`,
  'gi',
);

export interface DateInfo {
  year: number;
  /** Words beside the year: "submitted", "arXiv", "Bloomberg". */
  extra: string;
}

/** A segment that is only a date, maybe with a status or place word: "(2011)", "(submitted, 2024)". */
export function dateSegment(seg: Segment): DateInfo | null {
  const years = [...seg.text.matchAll(YEAR_WORD)];
  if (years.length === 0) return null;
  const rest = seg.text
    .replace(YEAR_WORD, ' ')
    .replace(MONTHS, ' ')
    .replace(/\b\d{1,2}(?:st|nd|rd|th)?\b|(?<=[;:]\s*(?:\(\d+\)\s*)?)\d+(?:\s*[-–]\s*\d+)?/g, ' ')
    .replace(/[()[\],.;:/–—-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const words = rest.split(' ').filter(Boolean).length;
  // Other words are allowed in "(submitted, 2024)", not in "NeurIPS 2022 ICBINB workshop".
  if (words > 3 || (words > 1 && !/^\(.*\)[.,;:]?$/.test(seg.text))) return null;
  return { year: Number(years[0]![1]), extra: rest };
}

export interface AuthorFeatures {
  list: AuthorList | null;
  score: number;
  candidate: boolean;
}

/** How much a segment looks like an author list, and whether it names the candidate. */
export function authorFeatures(seg: Segment, names: string[]): AuthorFeatures {
  const list = parseAuthorList(seg.text);
  if (!list) return { list: null, score: 0, candidate: false };
  const rest = seg.text
    .slice(list.end)
    .replace(/^[\s.,;:]*(?:et\s+al\.?)?[\s.,;:*]*/, '')
    .replace(/\((?:[^()]*)\)/g, '')
    .trim();
  const covered = rest.length === 0 || rest.length / seg.text.length < 0.08;
  const candidate = list.authors.some((a) => names.some((n) => namesCanMatch(a.name, n)));
  if (!covered) return { list, score: 0, candidate };
  const n = list.authors.length;
  let score = 1 + 0.5 * Math.min(n - 1, 3);
  if (list.initialsStyle) score += 0.5;
  if (list.etAl) score += 1;
  if (candidate) score += 3;
  if (n === 1 && !list.initialsStyle && !candidate && !/,/.test(seg.text)) score -= 0.3;
  if (seg.quoted) score -= 3;
  if (seg.italic > 0.8) score -= 2;
  if (lookupVenue(seg.text)) score -= 1;
  return { list, score, candidate };
}

/** Venue evidence: a known venue, venue words, "In …", volume and page numbers. */
export function venueScore(seg: Segment): number {
  let score = 0;
  const t = seg.text;
  if (lookupVenue(t)) score += 2;
  if (VENUE_WORDS.test(t)) score += 1;
  if (/^(?:in\s*:?\s|accepted|to appear|published in|presented at)/i.test(t)) score += 1.5;
  if (/\b(?:vol|no|pp)\.|\b\d+\s*\(\d+\)|\b\d+\s*[-–]\s*\d+\b/.test(t)) score += 1;
  if (seg.bold > 0.6) score += 0.5;
  if (isPublisher(t)) score -= 2;
  return score;
}

/** "In A. Editor (ed.), Book …", "In: Journal …": a container named after "In" (chapters, articles). */
export const IN_CONTAINER = /^(?:in|dans)\s*:?\s+\S/i;

export function isPublisher(text: string): boolean {
  // "In Essays: Critical and Clinical …" is the collection a chapter sits in, even when its
  // publisher follows ("…, Plenum Press, New York"): the venue cleaner cuts the publisher off.
  if (IN_CONTAINER.test(text)) return false;
  return (
    PLACE_PUBLISHER.test(text) ||
    (PUBLISHER.test(text) && !/\b(?:journal|proceedings|conference)\b/i.test(text))
  );
}

/** Segments that carry no bibliographic field: "Website: …", "Also published as …", "PDF". */
export function isNoteSegment(text: string): boolean {
  // "(Eds.).", "(Director).": a role standing alone after an author list.
  if (
    /^\((?:eds?|editors?|hrsg|dir|directors?|producers?|writer(?:\/director)?|comp|trans)\.?\)[.,:]?$/i.test(
      text,
    )
  )
    return true;
  if (STATUS_ONLY.test(text)) return true;
  // Genre and medium notes: "Personal communication, March 2005.", "Press release.", "DVD.", "Print."
  if (
    /^(?:personal communication|press release|(?:dvd|cd|cd-rom|blu-ray|videocassette|motion picture|film|print|television broadcast|radio broadcast)[.,]?$)/i.test(
      text,
    )
  )
    return true;
  // "(n.d.)", "(s. d.)": no date, in place of the date.
  if (/^\((?:n\.\s?d|s\.\s?d|no date|undated|sans date|o\.\s?j)\.?\)[.,]?$/i.test(text)) return true;
  // Access notes and bare day/month dates: "Retrieved from …", "Available at SSRN", "Jan. 23".
  if (/^(?:retrieved|available|accessed|viewed|consulted|web\.?$)/i.test(text)) return true;
  if (
    /^(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2})?[.,]?$/i.test(
      text,
    )
  )
    return true;
  return /^(?:website|web|url|see also|also (?:published|appeared|available|presented)|full (?:paper|version)|extended (?:version|abstract)|code|slides|press|media|featured|selected|invited|cited by|citations?|\*|†|‡|[(*][^)]*\)$)/i.test(
    text,
  );
}

/** "Revised Edition", "trans. John Gledson", "Dir. Roland Emmerich": parts between title and venue. */
export function isEditionOrContributors(text: string): boolean {
  return /^(?:(?:\d+(?:st|nd|rd|th)|revised|second|third|new|rev\.?|2nd|3rd)\s+(?:ed\.?|edition)|(?:trans|transl|translated|edited|ed|eds|dir|perf|prod|narr|illus|introd?|with an introduction)\b\.?\s*(?:by)?\s|reprint|repr\.)/i.test(
    text,
  );
}

export function yearsIn(text: string): number[] {
  return [...text.matchAll(YEAR_WORD)].map((m) => Number(m[1]));
}
