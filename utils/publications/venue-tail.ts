import { alternation } from '../lexicon/compile';
import { monthAbbreviations, monthNames, SEASONS } from '../lexicon/months';
import { parseAuthorList } from './author-list';
import places from './places.json';
import { VENUE_WORDS } from '../lexicon/venues';
import { PUBLISHER } from '../lexicon/publishers';
import { YEAR } from '../lexicon/year';

const COLON_THEN_YEAR_END = new RegExp(String.raw`:[^:]*\b${YEAR}$`);
const ACRONYM_YEAR_END = new RegExp(String.raw`\b\p{Lu}{2,}\s+${YEAR}$`, 'u');

/**
 * What follows a venue's name after a comma and is not part of it: the meeting's place
 * ("…Conference, Portland, OR"), its dates ("…, June 1995"), the publisher ("…, Springer Verlag,
 * Berlin"), the status ("…, to appear") and series or special-issue notes.
 */
const fold = (s: string) =>
  s
    .toLowerCase()
    .replace(/[.\s]+$/, '')
    .trim();
const REGIONS = new Set(places.regions.map(fold));
const CITIES = new Set(places.cities.map(fold));

/** A date's words: month names in five languages, English abbreviations and seasons, after any days. */
const MONTH = new RegExp(
  `^(?:\\d{1,2}(?:st|nd|rd|th)?\\s*[-–]?\\s*)*${alternation([...monthNames(), ...monthAbbreviations(['en']), ...SEASONS])}(?![\\p{L}])`,
  'iu',
);
const NOT_NAME =
  /^(?:to appear|in press|forthcoming|submitted|accepted|special issue|lecture notes|also in|reprinted|ahead of print|epub|art\.|pages?\b|vol\b|volume\b|no\.|pp\.|edited by|ed\.\s|eds\.\s|trans\.|translated by|trad\.?\s|traduit|übersetzt|hrsg\.?\s|\(\d+\)$)/i;

const isRegion = (part: string) => REGIONS.has(fold(part)) || /^\p{Lu}{2}(?:\s+\d{5})?$/u.test(part.trim());
/** "Portland", "San Jose", "White Plains": a place's name, not a venue's words nor an acronym ("CVPR"). */
const isCityLike = (part: string) =>
  /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}$/u.test(part.trim()) &&
  !VENUE_WORDS.test(part) &&
  !/\p{Lu}{2}/u.test(part);
const MEETING =
  /\b(?:proc\.?|proceedings|conference|conf\.?|workshop|symposium|symp\.?|meeting|congress|colloquium)\b/i;

/** Commas outside parentheses split a venue text into its parts. */
function splitParts(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '[') depth++;
    else if ((ch === ')' || ch === ']') && depth > 0) depth--;
    else if (ch === ',' && depth === 0 && /\s/.test(text[i + 1] ?? ' ')) {
      parts.push(text.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(text.slice(from));
  return parts.map((p) => p.trim()).filter(Boolean);
}

const EDS = /(?:^|\s)(?:eds?|editors?|hrsg)\.?$/i;

/** Do parts k… name editors, ending with "Eds." ("R. Graham, M. Grotschel, and L. Lovasz, Eds.")? */
function editorsFrom(parts: string[], k: number): boolean {
  const e = parts.findIndex((p, i) => i >= k && EDS.test(p));
  if (e < 0) return false;
  const names = parts
    .slice(k, e + 1)
    .join(', ')
    .replace(/,?\s*(?:eds?|editors?|hrsg)\.?$/i, '');
  const list = parseAuthorList(names);
  return !!list && names.slice(list.end).replace(/[\s,;.]|et\s+al/g, '') === '';
}

/** A venue's name without what follows it; `keepNumber`: a number ending it is the name's (see dropVolume). */
export function dropVenueTail(venue: string, keepNumber = false): string {
  // "IEEE/RSJ IROS '91 (Osaka, Japan)": a place in parentheses.
  // "… (New Brunswick, NJ: Transaction Publishers, 2003)": a publication note (notes style).
  // "Markov Random Fields (R. Chellappa, ed.)": the editors in parentheses.
  const v = venue.replace(/\s*\(([^()]*)\)\s*$/, (whole, inner: string) =>
    splitParts(inner).some(isRegion) ||
    COLON_THEN_YEAR_END.test(inner) ||
    /(?:^|[\s,])(?:eds?|editors?|hrsg|dir)\.?$/i.test(inner)
      ? ''
      : whole,
  );
  const parts = splitParts(v);
  if (parts.length < 2) return dropVolume(v, keepNumber);
  let cut = parts.length;
  for (let k = 1; k < parts.length; k++) {
    const p = parts[k]!;
    // "Handbook of Combinatorics, R. Graham, M. Grotschel, and L. Lovasz, Eds.": editors after the title.
    if (editorsFrom(parts, k)) {
      cut = k;
      break;
    }
    // "…, Paris, Presses universitaires de France": a publishing city before its publisher or year.
    if (
      CITIES.has(fold(p)) &&
      k + 1 < parts.length &&
      (PUBLISHER.test(parts[k + 1]!) || /\d{4}/.test(parts[k + 1]!))
    ) {
      cut = k;
      break;
    }
    if (isRegion(p) || MONTH.test(p) || NOT_NAME.test(p) || (PUBLISHER.test(p) && !VENUE_WORDS.test(p))) {
      cut = k;
      break;
    }
  }
  // The city before a region or a date: "…, Portland, OR", "…, Tokyo, October".
  while (cut > 1 && cut < parts.length && isCityLike(parts[cut - 1]!) && !/^and\b/i.test(parts[cut - 1]!))
    cut--;
  // A meeting's name ends before a bare place: "Proceedings of the 21st VLDB Conference, Zurich".
  if (MEETING.test(parts[0]!)) while (cut > 1 && isCityLike(parts[cut - 1]!)) cut--;
  return dropVolume(parts.slice(0, cut).join(', '), keepNumber);
}

/**
 * Volume and issue written without "vol.": "Film Comment 40.1", "J. Opt. Soc. Am. A27",
 * "J. Geophys. Res. 105(C10)", "Business Insider May(26)", "Word & World XIV" (but a numeral after
 * an acronym names a meeting: "ASPLOS IV"), and a page range or an edition in parentheses:
 * "Radical pragmatics (223–255)", "Handbook (Seventh Edition, pp. 91–103)".
 */
function dropVolume(v: string, keepNumber: boolean): string {
  // keepNumber: only the parenthesised page range or edition goes; a number ending the name stays.
  const t = v
    .replace(/[\s.,;:]+$/, '')
    .replace(/\s*\((?:[^()]*\b(?:pp?|pages?|ed|edn|edition)\b\.?)?[^()]*\d+\s*[-–]\s*\d+[^()]*\)$/i, '');
  // "ICLR 2022", "CHI 2019": a year after an acronym names the meeting's edition; it stays.
  if (ACRONYM_YEAR_END.test(t) || keepNumber) return t;
  return t.replace(
    /\s+(?:[A-Z]?\d+(?:\.\d+)?(?:\s*\([^()]*\))?|[A-Za-z]+\(\d+\)|(?<!\b\p{Lu}{2,}\s+)[IVXL]{2,}|\(\d+\))$/u,
    '',
  );
}
