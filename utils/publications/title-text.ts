import { isEditionOrContributors, isNoteSegment, isPublisher, venueScore } from './segment-features';
import type { Segment } from './segments';
import { lookupVenue } from './venue-table';
import { PLACE_PUBLISHER, PUBLISHER, VENUE_WORDS } from './venue-words';

/**
 * Edition, medium and translator notes after a title: "(2nd ed.)", "[DVD]", ", trans. J. Smith", and a
 * publication note in parentheses (notes style): "(Singapore: World Scientific, 2001)".
 */
const TITLE_TAIL =
  /\s*(?:\((?:\d+\w*|[a-z]+|rev\.?|revised|new)\s+(?:ed|edn|edition|éd|aufl)\.?(?:\s+ed\.)?\)|\[(?:dvd|cd|cd-rom|motion picture|film|video(?:recording)?|television (?:program|series)|audio(?:book)?|computer software|podcast|data ?set|brochure|abstract|electronic version|online|in \p{L}+)\]|\((?:translated|trans\.|tr\.|edited|ed\.)\s+by\s[^()]*\)|,\s*(?:trans|tr|transl|ed|eds)\.\s+(?:by\s+)?\p{Lu}.*|,\s*\d+(?:st|nd|rd|th)\s+(?:ed|edn|edition)\.?|\([^()]*:[^()]*\b(?:1[5-9]|20)\d\d\))\s*$/iu;

export function cleanTitle(text: string): string {
  let t = text.trim();
  // Author–date styles without punctuation: "Kidder 2013 Building Mound A …" leaves "2013 Building …".
  t = t.replace(/^\(?(?:1[5-9]|20)\d\d[a-h]?\)?[.,:]?\s+(?=[\p{Lu}"“‘«])/u, '');
  for (let k = 0; k < 3; k++) {
    const before = t;
    t = t.replace(/[\s,;:.]+$/, '').replace(TITLE_TAIL, '');
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
  return next === '' || /^(?:\(?(?:1[5-9]|20)\d\d|\d+\s*[-–]|pp?\.)/.test(next);
}

const VENUE_START =
  /^(?:in\s|in:|dans\s|proc\.|proceedings|journal|j\.\s|ieee|acm|comm\.|trans\.|ann\.|lecture notes|tech\.?\s*rep)/i;

/**
 * Humanities styles separate fields by commas only ("Beetz, Manfred, Title, Stuttgart, 1990"), and
 * others run the title into "in Editor (ed.), Book": when the title text runs on into a publisher,
 * a venue, a contributor or an edition, cut it there.
 */
export function splitTitle(text: string): { title: string; rest: string } | null {
  // ". In …", ", in: …", or a closing quote ending a title that opened with one.
  const closes = /^[“"‘'`«]/.test(text) ? `[.,;:”"’'»]|''` : '[.,;:]';
  const inBook = new RegExp(`(?:${closes})\\s+(?=(?:in|dans)\\s*:?\\s+\\p{Lu})`, 'u').exec(text);
  for (const m of text.matchAll(/,\s+/g)) {
    if (inBook && inBook.index < m.index) break;
    const rest = text.slice(m.index + m[0].length);
    const part = rest.split(/,\s/)[0] ?? rest;
    if (isEditionOrContributors(rest) || isLocator(rest)) return { title: text.slice(0, m.index), rest };
    if (!/^[\p{Lu}\p{N}"“]|^(?:in|dans)\s|^in:/u.test(rest)) continue;
    const venueLike =
      VENUE_START.test(part) ||
      lookupVenue(part) !== null ||
      (VENUE_WORDS.test(part) && /^\p{Lu}/u.test(part)) ||
      publisherPart(part, rest) ||
      /\b(?:thesis|dissertation|report|draft)\b/i.test(part) ||
      /^\p{L}[^,]{1,59}?(?:,\s*)?(?:\bvol\.?\s*)?\d+(?:\s*[-–]\s*\d+)?\s*(?:\(\d+\))?\s*(?:[,:]|pp|$)/iu.test(
        rest,
      );
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
