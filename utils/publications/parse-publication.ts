import type { Publication } from '../profile/types';
import { parseAuthorList, type ParsedAuthor } from './author-list';
import { mergeAuthorRuns } from './author-runs';
import { extractIdentifiers, extractNotes, stripLeadingMarkers } from './clean-entry';
import {
  authorFeatures,
  dateSegment,
  isEditionOrContributors,
  isNoteSegment,
  isPublisher,
  venueScore,
  type AuthorFeatures,
  type DateInfo,
} from './segment-features';
import { segment, type Segment } from './segments';
import { detectKind, detectStatus, IN_PREPARATION, STATUS_ONLY } from './status';
import { styledFromInput } from './styled-text';
import type { PublicationInput } from './types';
import { cleanTitle, isLocator, splitTitle, subtitleEnd } from './title-text';
import { compactVenue } from './venue-compact';
import { lookupVenue } from './venue-table';
import { chooseYear } from './year';
import { cleanVenue } from './venue-text';

export type { PublicationInput } from './types';

/** A parsed entry plus where its authors sat, for the candidate look-up. */
export interface ParsedEntry {
  publication: Publication;
  /** Per author: was it in bold (the CV's way of marking the candidate)? */
  boldAuthors: boolean[];
}

/** A publication of which nothing but its text is known. */
export function emptyPublication(raw: string): Publication {
  return {
    title: null,
    authors: [],
    venue: null,
    year: null,
    kind: 'other',
    status: null,
    candidateAuthorIndex: null,
    equalContribution: false,
    notes: [],
    doi: null,
    raw,
    arxiv: null,
    links: [],
  };
}

interface Roles {
  authors: number;
  title: number;
  venue: number;
}

/** A leading author list ends where no sentence break shows it ("Barendregt, H. P. The Lambda …"). */
function leadingAuthorCut(text: string): number[] {
  const from = text.length - text.trimStart().length;
  const list = parseAuthorList(text, from);
  if (!list) return [];
  const after = text.slice(list.end);
  const strong =
    list.authors.length >= 2 ||
    list.initialsStyle ||
    list.etAl ||
    // "Parsons, Deborah L. Streetwalking …": a name written family-first ends with its period.
    (list.inverted === 'full' && /\.\s*$/.test(text.slice(0, list.end))) ||
    /^\s*[(“"«‘]|^\s*,?\s*(?:1[5-9]|20)\d\d/.test(after) ||
    // Comma styles: "Stephen H. Kellert, In the Wake of Chaos, …": full names, then a comma and the title.
    (/^\s*[\p{Lu}"“‘«`]/u.test(after) &&
      /,\s*$/.test(text.slice(0, list.end)) &&
      list.authors.every((a) => /\S\s+\S/.test(a.name)));
  return strong ? [list.end] : [];
}

/** `ditto`: the entry opens with "———." for the previous entry's authors, so none are written. */
function chooseAuthors(
  segs: Segment[],
  feats: AuthorFeatures[],
  dates: (DateInfo | null)[],
  ditto: boolean,
): number {
  let best = -1;
  let bestScore = 0.6;
  feats.forEach((f, i) => {
    if (dates[i]) return;
    const bonus = i === 0 ? 0.3 : 0;
    if (f.score + bonus > bestScore) {
      best = i;
      bestScore = f.score + bonus;
    }
  });
  // One name alone ("Aristotle. Nicomachean Ethics. …", "COLLECTIF. Processus …"): a short first
  // sentence followed by plain text, not by a venue or publisher, is the author.
  if (
    best === -1 &&
    segs.length >= 3 &&
    !dates[0] &&
    !dates[1] &&
    /^\p{Lu}[\p{L}'’-]+\.$/u.test(segs[0]!.text)
  ) {
    const next = segs[1]!;
    const plain = !isPublisher(next.text) && venueScore(next) <= 0 && !lookupVenue(next.text);
    if (plain && !isEditionOrContributors(next.text) && !ditto) return 0;
  }
  // A corporate author: the first segment directly followed by a date ("Council of …. 2015. Title.").
  if (best !== 0 && segs.length >= 3 && dates[1] && !dates[0] && !segs[0]!.quoted && segs[0]!.italic < 0.5) {
    if (best === -1 || feats[best]!.score < 2) return 0;
  }
  return best;
}

function chooseTitle(
  segs: Segment[],
  roles: Pick<Roles, 'authors'>,
  dates: (DateInfo | null)[],
  styled: boolean,
): number {
  const free = segs.map((s, i) => i !== roles.authors && !dates[i] && !isNoteSegment(s.text));
  const marked = segs.findIndex(
    (s, i) => free[i] && (s.quoted || (styled && s.italic > 0.8 && /\s/.test(s.text))),
  );
  if (marked >= 0) return marked;
  const firstFree = free.indexOf(true);
  if (firstFree < 0) return -1;
  if (roles.authors >= 0 && roles.authors < firstFree) return firstFree;
  if (roles.authors > firstFree) return firstFree;
  // No author list: the first free segment, unless it is plainly a venue and another follows.
  if (venueScore(segs[firstFree]!) >= 3) {
    const next = free.indexOf(true, firstFree + 1);
    if (next >= 0) return next;
  }
  return firstFree;
}

/**
 * "In L. R. Bergman, R. B. Cairns, et al." cut off by its "et al." from "(Eds.), Developmental
 * science …": a segment of editors' names alone leads to the collection's title.
 */
function editorsOnly(seg: Segment, next: Segment | undefined): boolean {
  const m = /^in\s*:?\s+/i.exec(seg.text);
  if (!m || !next || !/^\(?(?:eds?|editors?|hrsg)\b/i.test(next.text)) return false;
  const list = parseAuthorList(seg.text, m[0].length);
  return !!list && /^[\s.,;]*(?:et\s+al\.?)?[\s.,;]*$/.test(seg.text.slice(list.end));
}

function chooseVenue(
  segs: Segment[],
  roles: Pick<Roles, 'authors' | 'title'>,
  dates: (DateInfo | null)[],
): number {
  const start = roles.title >= 0 ? roles.title + 1 : roles.authors + 1;
  for (let i = start; i < segs.length; i++) {
    const s = segs[i]!;
    if (i === roles.authors || dates[i] || isNoteSegment(s.text)) continue;
    if (isEditionOrContributors(s.text) || editorsOnly(s, segs[i + 1])) continue;
    if (isPublisher(s.text) && venueScore(s) < 1) return -1;
    if (IN_PREPARATION.test(s.text) && s.text.length < 30) return i;
    // A bare place or a page count is no venue.
    if (
      /^(?:\p{Lu}[\p{L}.]+(?:,?\s+\p{Lu}[\p{L}.]+){0,2})\.?$/u.test(s.text) &&
      venueScore(s) <= 0 &&
      !lookupVenue(s.text)
    ) {
      continue;
    }
    return i;
  }
  return -1;
}

function parseEntry(input: PublicationInput, candidateNames: string[]): ParsedEntry {
  const publication = emptyPublication(input.raw);
  const st = styledFromInput(input.raw, input.runs);
  const styled = st.italic.some(Boolean) || st.bold.some(Boolean);
  stripLeadingMarkers(st);
  const ids = extractIdentifiers(st, input.runs.map((r) => r.href ?? '').filter(Boolean));
  const { notes, equalContribution } = extractNotes(st);
  const pieces = segment(st, leadingAuthorCut(st.text));
  const { segs, feats } = mergeAuthorRuns(
    st.text,
    pieces,
    pieces.map((s) => authorFeatures(s, candidateNames)),
  );
  const dates = segs.map(dateSegment);
  const roles: Roles = {
    authors: chooseAuthors(segs, feats, dates, /^\s*(?:[—–_-]{2,}|-{3})/.test(input.raw)),
    title: -1,
    venue: -1,
  };
  roles.title = chooseTitle(segs, roles, dates, styled);
  const titleSeg = roles.title >= 0 ? segs[roles.title]! : null;
  const plainTitle = titleSeg !== null && !titleSeg.quoted && !(styled && titleSeg.italic > 0.8);
  const titleEnd = plainTitle
    ? subtitleEnd(
        segs,
        roles.title,
        // Dates and author lists are never a subtitle (title-first CVs: "Title. Bryn Elesedy. NeurIPS").
        (i) => dates[i] !== null || i === roles.authors || feats[i]!.score > 0.6,
      )
    : roles.title;
  roles.venue = chooseVenue(segs, { authors: roles.authors, title: titleEnd }, dates);

  let title = titleSeg ? st.text.slice(titleSeg.start, segs[titleEnd]!.end) : null;
  let venueText = roles.venue >= 0 ? segs[roles.venue]!.text : null;
  const compact =
    title && plainTitle && roles.authors >= 0
      ? compactVenue(title, st.text.slice(segs[titleEnd]!.end))
      : null;
  if (compact) {
    title = null;
    venueText = compact;
  } else if (title && plainTitle) {
    const split = splitTitle(title);
    if (split) {
      title = split.title;
      // The rest is the venue, unless it names a publisher (a book: no venue), an edition, a
      // contributor or pages (the venue, if any, follows).
      if (isPublisher(split.rest)) venueText = null;
      else if (!isEditionOrContributors(split.rest) && !isLocator(split.rest)) venueText = split.rest;
    }
  }
  const dateInfo = dates.find((d): d is DateInfo => d !== null) ?? null;
  if (!venueText && dateInfo?.extra) venueText = dateInfo.extra;

  let authors: ParsedAuthor[] = [];
  if (roles.authors >= 0) {
    const seg = segs[roles.authors]!;
    const list = feats[roles.authors]!.list;
    authors = list
      ? list.authors.map((a) => ({ ...a, start: a.start + seg.start, end: a.end + seg.start }))
      : [{ name: seg.text.replace(/[.,;:\s]+$/, ''), start: seg.start, end: seg.end, marked: false }];
  }
  const boldAuthors = authors.map((a) => {
    let on = 0;
    for (let i = a.start; i < a.end; i++) if (st.bold[i]) on++;
    return on / Math.max(1, a.end - a.start) > 0.6;
  });

  const venue = venueText ? cleanVenue(venueText) || null : null;
  const venueEntry = venue ? lookupVenue(venue) : null;
  const year = chooseYear(st.text, {
    authorsEnd: roles.authors >= 0 ? segs[roles.authors]!.end : null,
    title: titleSeg && title ? { start: titleSeg.start, end: titleSeg.start + title.length } : null,
    dates: segs.filter((_, i) => dates[i]),
  });
  const statusText = [
    venueText ?? '',
    dateInfo?.extra ?? '',
    ...segs.map((s) => s.text).filter((t) => STATUS_ONLY.test(t)),
  ].join(' ');
  const status = detectStatus(statusText, venue !== null);
  if (IN_PREPARATION.test(statusText)) notes.push('In preparation');
  const hasEditors =
    /\((?:eds?|hrsg)\.?\)|\beds?\.\s|edited by/i.test(st.text) && /^\s*in\b/i.test(venueText ?? '');

  publication.title = title ? cleanTitle(title) || null : null;
  publication.authors = authors.map((a) => a.name).filter(Boolean);
  publication.venue = venue;
  publication.year = year;
  publication.status = status;
  publication.kind = detectKind({
    venue,
    venueEntry,
    status,
    sectionHint: input.sectionHint,
    text: st.text,
    hasEditors,
    hasPublisher: segs.some((s) => isPublisher(s.text)),
  });
  publication.equalContribution = equalContribution || authors.some((a) => a.marked);
  publication.notes = notes;
  publication.doi = ids.doi;
  publication.arxiv = ids.arxiv;
  publication.links = ids.links;
  const bold = boldAuthors.flatMap((b, i) => (b ? [i] : []));
  publication.candidateAuthorIndex = bold.length === 1 ? bold[0]! : null;
  return { publication, boldAuthors };
}

/** Parses with the candidate's names known, so their author list is recognised anywhere. */
export function parseEntryWithNames(input: PublicationInput, candidateNames: string[]): ParsedEntry {
  try {
    return parseEntry(input, candidateNames);
  } catch {
    // A parser bug must never lose the entry: the raw text is still worth showing.
    return { publication: emptyPublication(input.raw), boldAuthors: [] };
  }
}

/** Parses one publication entry into authors, title, venue, year, status, kind and notes. */
export function parsePublication(input: PublicationInput): Publication {
  return parseEntryWithNames(input, []).publication;
}
