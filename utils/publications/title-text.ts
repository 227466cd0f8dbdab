import { isEditionOrContributors, isNoteSegment, isPublisher, venueScore } from './segment-features';
import { isAbbreviation, type Segment } from './segments';
import { lookupVenue } from './venue-table';
import { parseAuthorList } from './author-list';
import places from './places.json';
import { VENUE_WORDS } from '../lexicon/venues';
import { PUBLISHER } from '../lexicon/publishers';
import { PLACE_PUBLISHER } from './venue-words';
import { YEAR } from '../lexicon/year';
import { GIVEN_NAME_SURNAME, INITIALS_SURNAME } from '../names/author-name-shapes';

const TRAILING_YEAR = new RegExp(String.raw`\s+\(?${YEAR}\)?$`);
const LEADING_YEAR = new RegExp(String.raw`^\(?${YEAR}[a-h]?\)?[.,:]?\s+(?=[\p{Lu}"“‘«])`, 'u');
const YEAR_OR_PAGES_NEXT = new RegExp(String.raw`^(?:\(?${YEAR}|\d+\s*[-–]|pp?\.)`);
const PAGE_RANGE_ENDING = new RegExp(String.raw`^\p{L}[^,]{1,59}?,\s*(?!${YEAR}\b)\d+\s*[-–]\s*\d+\.$`, 'u');

const CITIES = new Set(places.cities.map((c) => c.toLowerCase()));
const isCity = (part: string) => CITIES.has(part.trim().replace(/\.$/, '').toLowerCase());
/** "Oxford", "New York, NY", "Paris, France": a city with maybe its region. */
export const isPlace = (text: string): boolean => {
  const parts = text.replace(/[.\s]+$/, '').split(/,\s*/);
  return isCity(parts[0]!) && parts.length <= 2;
};
const YEAR_OR_END = new RegExp(`^(?:\\(?${YEAR}\\b.*|)$`, 's');

/**
 * Comma styles' imprint: "Paris, PUF", "Paris, Éditions Galilée, 2003", "Edilig, Paris, 1988",
 * "London, 1996": a publishing city with a publisher or year, or a short publisher before a city
 * and a year. `parts` are the comma-separated parts after the title.
 */
export function isImprint(rest: string): boolean {
  const parts = rest.replace(/[.\s]+$/, '').split(/,\s*/);
  const [first = '', second = '', third = ''] = parts;
  // "Minneapolis 2007": the city and the year.
  if (parts.length === 1 && isCity(first.replace(TRAILING_YEAR, '')) && /\d$/.test(first)) return true;
  // The imprint ends the entry: at most a year after the publisher.
  const ends = (from: number) => parts.slice(from).every((p, k) => k === 0 && YEAR_OR_END.test(p));
  if (isCity(first)) {
    if (!second) return false;
    if (YEAR_OR_END.test(second) && parts.length <= 2) return true;
    return (
      (PUBLISHER.test(second) || /^\p{Lu}[\p{L}&.' -]{0,40}$/u.test(second)) && (parts.length <= 2 || ends(2))
    );
  }
  return isCity(second) && /^\p{Lu}/u.test(first) && first.split(/\s+/).length <= 4 && !!third && ends(2);
}

/**
 * Edition, medium and translator notes after a title: "(2nd ed.)", "[DVD]", ", trans. J. Smith", and a
 * publication note in parentheses (notes style): "(Singapore: World Scientific, 2001)".
 */
const TITLE_TAIL = new RegExp(
  String.raw`\s*(?:\((?:\d+\w*|[a-z]+|rev\.?|revised|new)\s+(?:ed|edn|edition|éd|aufl)\.?(?:\s+ed\.)?\)|\[(?:dvd|cd|cd-rom|motion picture|film|video(?:recording)?|television (?:program|series)|audio(?:book)?|computer software|podcast|data ?set|brochure|abstract|electronic version|online|in \p{L}+)\]|\((?:translated|trans\.|tr\.|edited|ed\.)\s+by\s[^()]*\)|,\s*(?:trans|tr|transl|ed|eds)\.\s+(?:by\s+)?\p{Lu}.*|,\s*\d+(?:st|nd|rd|th)\s+(?:ed|edn|edition)\.?|\([^()]*:[^()]*\b${YEAR}\)|\((?:unpublished\s+)?[^()]{0,60}\b(?:dissertation|thesis|special report|technical report|working paper|master'?s thesis)\)|\((?:unpublished(?: manuscript)?|doctoral dissertation)\))\s*$`,
  'iu',
);

/** A person's name as co-author notes write it: "A. Dar", "Surjasama Lahiri", "José D. Trujillo". */
const NOTED_NAME = `${INITIALS_SURNAME}|${GIVEN_NAME_SURNAME}`;

/**
 * The co-authors a CV names in brackets after a title instead of in an author list: "(with A. Dar)",
 * "(With Carlos Rodríguez-Castelán and Daniel Valderrama)", "(joint with Bo Chen)"; a name must
 * follow, so "(with Discussion)" stays. Unbracketed ("… with Ruben Durante, Ulrich Matter") they
 * cannot be told from a title's own words ("Learning with Gaussian Processes"), so they stay.
 */
const COAUTHOR_NOTE = new RegExp(
  String.raw`\s*\((?:[Jj]oint\s+)?(?:[Ww]ith|avec|mit|con|com)\s+(?:${NOTED_NAME})[^()]*\)\s*$`,
  'u',
);

export function cleanTitle(text: string): string {
  let t = text.trim();
  // Author–date styles without punctuation: "Kidder 2013 Building Mound A …" leaves "2013 Building …".
  t = t.replace(LEADING_YEAR, '');
  for (let k = 0; k < 3; k++) {
    const before = t;
    t = t
      .replace(/[\s,;:.]+$/, '')
      .replace(TITLE_TAIL, '')
      .replace(COAUTHOR_NOTE, '');
    if (t === before) break;
  }
  return t
    .replace(/^(?:``|[“"«‘„'])\s*|\s*(?:''|[”"»’'])$/g, '')
    .replace(/[\s,;:.]+$/, '')
    .replace(/\s*(?:''|[”"»’])$/, '')
    .replace(/^[“"«‘„]/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Pages, an edition or a volume count right after the title: "…, pp. 992-996", "…, 2 ed", "…, 8 vols". */
export const isLocator = (text: string): boolean =>
  /^(?:pp?\.\s*\d|pages?\s+\d|\d+(?:st|nd|rd|th)?\s*(?:ed|edn|edition|vols?)\b|vols?\.\s*\d)/i.test(text);

/**
 * "New York: Academic Press, 1993" is a publisher; "Poverty Point, Louisiana: Monumental Public
 * Architecture, Ritual Practice, …" is a title with a colon: a place and a colon name a publisher
 * only when its name has a publisher's word, or a year or the end follows.
 */
function publisherPart(part: string, rest: string): boolean {
  if (!isPublisher(part)) return false;
  if (!PLACE_PUBLISHER.test(part) || PUBLISHER.test(part)) return true;
  const next = rest.slice(part.length).replace(/^[,\s]+/, '');
  return next === '' || YEAR_OR_PAGES_NEXT.test(next);
}

/** Notes style: "Title, Eike Middell (ed.), …", "Title, Peter Collier (trans.) (…)": named contributors. */
const ROLE_IN_PARENS =
  /^([^()]{2,160}?)\s*\((?:eds?|editors?|trans|tr|transl|comp|hrsg|hg|ed\.? and trans|eds\.? and trans)\.?\)/i;
export function contributorsWithRole(rest: string): boolean {
  const m = ROLE_IN_PARENS.exec(rest);
  if (!m) return false;
  const list = parseAuthorList(m[1]!);
  return !!list && m[1]!.slice(list.end).replace(/[\s,;.]|et\s+al/g, '') === '';
}

const VENUE_START =
  /^(?:in\s|in:|dans\s|proc\.|proceedings|journal|j\.\s|ieee|acm|comm\.|trans\.|ann\.|lecture notes|tech\.?\s*rep)/i;

/** Where "In …" or "dans …" starts a book after a title, and after a title opened with a quote. */
const inBookAfter = (closes: string) => new RegExp(`(?:${closes})\\s+(?=(?:in|dans)\\s*:?\\s+\\p{Lu})`, 'u');
const IN_BOOK = inBookAfter('[.,;:]');
const IN_BOOK_AFTER_QUOTE = inBookAfter(`[.,;:”"’'»]|''`);

/**
 * Humanities styles separate fields by commas only ("Beetz, Manfred, Title, Stuttgart, 1990"), and
 * others run the title into "in Editor (ed.), Book": when the title text runs on into a publisher,
 * a venue, a contributor or an edition, cut it there.
 */
export function splitTitle(text: string, framed = false): { title: string; rest: string } | null {
  // ". In …", ", in: …", or a closing quote ending a title that opened with one.
  const inBook = (/^[“"‘'`«]/.test(text) ? IN_BOOK_AFTER_QUOTE : IN_BOOK).exec(text);
  for (const m of text.matchAll(/,\s+/g)) {
    if (inBook && inBook.index < m.index) break;
    const rest = text.slice(m.index + m[0].length);
    const part = rest.split(/,\s/)[0] ?? rest;
    if (isEditionOrContributors(rest) || isLocator(rest) || contributorsWithRole(rest))
      return { title: text.slice(0, m.index), rest };
    // "…, to appear in ACM Transactions …", "…, paper submitted to ESS '93": a status opens the venue.
    if (/^(?:paper\s+)?(?:to appear|submitted|accepted|in press|to be (?:presented|published))\b/i.test(rest))
      return { title: text.slice(0, m.index), rest };
    if (!/^[\p{Lu}\p{N}"“]|^(?:in|dans)\s|^in:/u.test(rest)) continue;
    // A title framed by sentence ends ("Weber, Eugen. Movements, Currents, Trends: …. Lexington, MA: …")
    // keeps its commas: only an outright venue, report or book container after one splits it.
    const strong =
      VENUE_START.test(part) ||
      lookupVenue(part) !== null ||
      /\b(?:thesis|dissertation|report)\b/i.test(part);
    if (framed) {
      if (strong) return { title: text.slice(0, m.index), rest };
      continue;
    }
    const venueLike =
      strong ||
      isImprint(rest) ||
      (VENUE_WORDS.test(part) && /^\p{Lu}/u.test(part)) ||
      publisherPart(part, rest) ||
      /\b(?:thesis|dissertation|report|draft)\b/i.test(part) ||
      /^\p{L}[^,]{1,59}?(?:,\s*)?(?:\b(?:vol|v|no|nr|n°)\.?\s*)?\d+(?:\s*[-–]\s*\d+)?\s*(?:\(\d+\))?\s*(?:[,:]|pp|$)/iu.test(
        rest,
      ) ||
      // "…, Seventh IEEE Structure in Complexity Theory, 185-192.": a page range (not years) ends it.
      PAGE_RANGE_ENDING.test(rest);
    if (venueLike) return { title: text.slice(0, m.index), rest };
  }
  if (inBook) return { title: text.slice(0, inBook.index + 1), rest: text.slice(inBook.index + 1).trim() };
  return null;
}

/** Nothing marks this segment as anything but running text: no venue, date, publisher or role. */
function plainSentence(seg: Segment): boolean {
  return (
    /^[\p{Lu}\p{N}]/u.test(seg.text) &&
    venueScore(seg) <= 0 &&
    !lookupVenue(seg.text) &&
    !isPublisher(seg.text) &&
    !isEditionOrContributors(seg.text) &&
    !isNoteSegment(seg.text) &&
    !/\b(?:thesis|dissertation|report|manuscript|preprint|unpublished|edition|editio|revised|expanded)\b|\d/i.test(
      seg.text,
    )
  );
}

/**
 * A subtitle set off by a period ("The authentic heart. An eightfold path to midlife love. New
 * York: Wiley."): the next sentence belongs to the title when it is plain text and what follows it
 * is plainly the venue or publisher.
 */
export function subtitleEnd(segs: Segment[], title: number, isOther: (i: number) => boolean): number {
  const t = segs[title];
  const next = segs[title + 1];
  const after = segs[title + 2];
  if (!t || !next || !after || t.quoted || next.quoted || isOther(title + 1)) return title;
  if (!/[.?!:]$/.test(t.text) || !plainSentence(next)) return title;
  const afterIsVenue =
    isPublisher(after.text) || venueScore(after) >= 1.5 || /^(?:in|dans)\s*:?\s/i.test(after.text);
  return afterIsVenue ? title + 1 : title;
}

/**
 * Vancouver without a period between title and journal ("Using Drosophila as a model Insect Nat Rev
 * Genet. 2000;(3):218"): the journal is the longest run of capitalised words at the end that starts
 * with an abbreviated word (known abbreviation, a period, an acronym) and holds at least two of them
 * and no more than half as many plain words ("J Clin Sleep Med"). A single abbreviation takes one
 * capitalised word after a lower-case one ("… a randomized trial Diabetes Educ."). Null when the
 * end reads as title words.
 */
export function splitJournalTail(text: string): { title: string; venue: string } | null {
  const words = text.replace(/[\s.,;:]+$/, '').split(/\s+/);
  const abbreviated = (w: string) =>
    /^\p{Lu}/u.test(w) && (w.endsWith('.') || isAbbreviation(w) || /^\p{Lu}{2,}$/u.test(w));
  let at = -1;
  let abbreviations = 0;
  let plain = 0;
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k]!;
    if (abbreviated(w)) abbreviations++;
    else if (/^\p{Lu}/u.test(w)) plain++;
    else if (!/^(?:of|and|&)$/.test(w)) break;
    if (abbreviated(w) && abbreviations >= 2 && 2 * plain <= abbreviations) at = k;
  }
  if (at < 0 && words.length >= 2 && abbreviated(words[words.length - 1]!)) {
    const before = words[words.length - 2]!;
    if (/^\p{Lu}\p{Ll}+$/u.test(before) && /^[\p{Ll}\p{N}]/u.test(words[words.length - 3] ?? '')) {
      at = words.length - 2;
    }
  }
  if (at < 3) return null;
  return { title: words.slice(0, at).join(' '), venue: words.slice(at).join(' ') };
}
