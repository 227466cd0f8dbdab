import { alternation } from '../lexicon/compile';
import { monthAbbreviations, monthNames, SEASONS } from '../lexicon/months';
import { YEAR } from '../lexicon/year';

const YEAR_THEN_DASH_END = new RegExp(String.raw`(?:^|\D)${YEAR}\s*[-–—/]\s*$`);

/**
 * The publication year, chosen among every four-digit year of the entry by where it stands:
 * a date of its own ("(2005a).", "2005." after the authors, "June 1995", "2000;61(3)") is the
 * year; a year in the title, a range ("1871–1880"), an original edition ("[1910]", "reprinted
 * from 1811"), a page number or an access date ("Accessed May 29, 2013") is not.
 */
const YEAR_AT = new RegExp(
  `(?<![\\p{L}\\p{N}.:-])(${YEAR})(?:[a-h](?![\\p{L}]))?(?![\\p{L}\\p{N}]|[.,]\\d)`,
  'gu',
);
const MONTH = new RegExp(
  `${alternation([...monthNames(['en', 'fr']), ...monthAbbreviations(['en']), ...SEASONS])}\\.?,?\\s*(?:\\d{1,2}(?:st|nd|rd|th)?(?:\\s*[-–]\\s*\\d{1,2})?,?\\s*)?$`,
  'i',
);
/** The words before an access date ("Accessed May 29, ", "retrieved "): the date a page was read, not written. */
export const ACCESSED =
  /\b(?:accessed|retrieved|last (?:modified|updated|accessed)|viewed|consulted|consulté|abgerufen|zugegriffen|cited)\b[^.;()[\]]{0,25}$/i;
const ORIGINAL = /\b(?:reprint(?:ed)?|repr\.|first published|orig\.?|originally|edition|ed\.)\b[^.;]{0,40}$/i;
const NO_DATE = /\(\s*(?:n\.\s?d|s\.\s?d|no date|undated)\.?\s*\)/i;

export interface YearContext {
  /** Where the author list ends, when there is one. */
  authorsEnd: number | null;
  /** The title's span: a year inside it names the subject ("Wars of 1914–1918"). */
  title: { start: number; end: number } | null;
  /** Segments that are a date and nothing else ("(2011).", "2005."). */
  dates: { start: number; end: number }[];
}

/** Scores one year at [start, end) of the text: higher is more likely the publication date. */
function score(text: string, start: number, end: number, ctx: YearContext): number {
  const before = text.slice(Math.max(0, start - 60), start);
  const after = text.slice(end, end + 40);
  let s = 0;
  if (ctx.dates.some((d) => start >= d.start && end <= d.end)) s += 2;
  if (/\(\s*$/.test(before) && /^\s*\)/.test(after)) s += 1;
  if (ctx.authorsEnd !== null && /^[\s.,:;()]*$/.test(text.slice(ctx.authorsEnd, start))) s += 3;
  if (/^[\s\W]*$/.test(text.slice(0, start))) s += 2;
  if (MONTH.test(before)) s += 2;
  if (/^\s*;/.test(after)) s += 2;
  if (/^\s*[.)\]]?\s*$|^\s*\.\s/.test(after)) s += 1;
  if (/:\s*[^:()]{2,60},\s*$/.test(before)) s += 1;
  if (ctx.title && start >= ctx.title.start && end <= ctx.title.end) s -= 2;
  if (YEAR_THEN_DASH_END.test(before) || /^\s*[-–—/]\s*\d/.test(after)) s -= 2;
  if (/\[\s*$/.test(before) && /^\s*\]/.test(after)) s -= 3;
  if (/\b(?:pp?|pages?|s|vol|no|nr)\.?\s*(?:\d+\s*[-–]\s*)?$/i.test(before) && !/^\s*\.?\s*$/.test(after))
    s -= 5;
  if (/\b(?:since|from|until|till|before|after|circa|ca\.|c\.)\s*$/i.test(before)) s -= 2;
  if (ACCESSED.test(before)) s -= 6;
  if (ORIGINAL.test(before)) s -= 2;
  // "the 1986 Workshop", "1999 IEEE Conference": a year inside a name.
  if (/^\s+(?:\p{Lu}\p{Ll}|[A-Z]{2,}\b)/u.test(after) && /\b(?:the|of|in)\s+$/i.test(before)) s -= 1.5;
  return s;
}

export function chooseYear(text: string, ctx: YearContext): number | null {
  if (NO_DATE.test(text)) return null;
  let best: number | null = null;
  let bestScore = -3;
  const now = new Date().getFullYear();
  for (const m of text.matchAll(YEAR_AT)) {
    const year = Number(m[1]);
    if (year > now + 2) continue;
    const s = score(text, m.index, m.index + m[0].length, ctx);
    // Ties go to the first: the date after the authors precedes any reprint's.
    if (s > bestScore) {
      best = year;
      bestScore = s;
    }
  }
  return best;
}
