import { parseAuthorList } from './author-list';
import { dropVenueTail } from './venue-tail';
import { alternation } from '../lexicon/compile';
import { monthAbbreviations, monthNames } from '../lexicon/months';
import { YEAR } from '../lexicon/year';

const WORD_THEN_YEAR_END = new RegExp(String.raw`((?:^|\s)\p{Lu}?[\p{Ll}.]+)\s+${YEAR}\s*$`, 'u');

const TRAILING_YEAR = new RegExp(`,\\s*${YEAR}\\s*$`);

/** An English month, named or abbreviated, as regex source: the start of "Dec.", "Sept", "May". */
const EN_MONTH = alternation([...monthNames(['en']), ...monthAbbreviations(['en'])]);

/**
 * Where a venue name stops at a word that names a locator: volume, issue, pages, a supplement, a
 * German "Jg." or "n.p." (no place). `numeral` is what must follow the locator word.
 */
const locatorWordEnd = (numeral: string) =>
  String.raw`,?\s*\(?\b(?:vol|vols|volume|v|bd|tome|t|no|nos|num|nr|issue|pp|p|pages|s|art|article|chap|ch|suppl|sect|série|ser)\b\.?\s*${numeral}|,?\s*n°|\s+\d+\.\s*jg\b|,\s*n\.\s?p\b`;

/**
 * The rules read any digit or Roman letter after the word as a numeral; the models were fitted on
 * that reading, so it waits for a refit to be narrowed as the labelled venue's is.
 */
const LOCATOR_WORD_END = locatorWordEnd(String.raw`[\divxlcIVXLC]`);

/**
 * In a labelled venue the numeral is a whole one: "Proc. Intl. Joint Conf. Art. Intell." is not cut
 * at "Art. I". 10-fold on the AnyStyle set, venues +1 strict, none lost.
 */
const LABELLED_LOCATOR_WORD_END = locatorWordEnd(String.raw`(?:\d|[ivxlcIVXLC]+\b)`);

/**
 * A day and month after the name ("River Times 21 July 1986"): a newspaper issue's date, never part
 * of its name.
 */
const DAY_MONTH_END = String.raw`\s+(?:\d+\s+)?\d{1,2}\s+${EN_MONTH}[a-z]*\b`;

/** Where a venue name stops: a locator word, bare volume or page numbers, a year before numbers, a publisher. */
const VENUE_END = new RegExp(
  String.raw`(?:${LOCATOR_WORD_END}|,?\s*\b\d+\s*\(\s*[\d\-–/ ]+\s*\)|,\s*\d|:\s*\d|\s+\d+\s*[,:]\s*[A-Z]?\d|\s+${YEAR}[a-z]?\s*(?:[,;:.]\s*\d|,?\s*\(|[,.]\s*[\p{Lu}])|\s+\d{1,4}\s*$|\s+\d+\s+\d+\s*[-–]\s*\d+|\s+\d+\s*[-–]\s*\d+\s*$|,?\s*\b(?:doi|issn|isbn)\b|,\s*(?:${EN_MONTH}[a-z]*\.?\s*)\d|${DAY_MONTH_END}|\s*\(\d+(?:st|nd|rd|th)\s+edn?\.?\))`,
  'iu',
);

const LEAD =
  /^(?:in\s*:\s*|in\s+(?=\S)|dans\s+|accepted\s+(?:at|to|in|for publication in|by)\s+|to appear\s+(?:at|in)\s+|published\s+(?:at|in)\s+|presented\s+at\s+(?:the\s+)?|(?:paper\s+)?submitted\s+to\s+|under review\s+(?:at|in)\s+|in press\s+(?:at|in)\s*|forthcoming\s+(?:at|in)\s+)/i;

/** Editors before the collection title: "In O. C. A. and D. Card (Ed.), Handbook …". */
const EDITORS =
  /^(?:in\s+)?(?:[^,()]{0,120}?)\s*\(\s*(?:trans|tr|transl|ed\.? and trans|eds?|hrsg|hgg?|hrg|dir|coord|a cura di|éds?|comp|ed\. by|edited by|sous la dir(?:ection)?|gen\.? eds?|org|orgs|coords?)\.?\s*\)\s*[,.:]?\s*|^(?:ed\.|eds\.|edited by)\s+[^,]{2,80},\s*/i;

const IN_EDITORS =
  /^in\s*:?\s+[^()]{2,160}?\s*\(\s*(?:eds?|hrsg|hgg?|hrg|dir|coord|éds?|sous la dir(?:ection)?|gen\.? eds?|orgs?|coords?)\.?\s*\)\s*[,.:]?\s*(?=\S)/i;

const ARXIV_ONLY = new RegExp(
  `^(?:(?:e-?)?preprints?[,.:]?\\s+)?arxiv(?:\\s+(?:preprint|e-?prints?))?(?:[,.:]?\\s*arxiv)?[\\s,.;:]*(?:\\[[^\\]]*\\][\\s,.;]*)?(?:${YEAR}[a-z]?[\\s,.;]*)?$`,
  'i',
);

/**
 * A labelled venue ending on a number that ends its sentence ("… Processing Systems 6. Morgan
 * Kaufmann.", "Studies in Logic … 103. North-Holland"): the model labelled the volume apart, so the
 * number is the name's (a series' or meeting's number) and stays. A number after a comma, before
 * one or before an issue is most often the volume the model ran in ("Information and Computation,
 * 84, No. 1", "F1000Research, 12."), and goes, as does one after a lone word ("No 27."). 10-fold
 * on the AnyStyle set, venues +6 strict, none lost (keeping every number: +12, -18).
 */
const NUMBER_ENDING_SENTENCE = /\S\s+[^\s,]+\s(?:\d+|[IVXLC]+)\.$/;

/** Every venue end in a text (matchAll takes its own copy, so the one regex serves every call). */
const VENUE_ENDS = new RegExp(VENUE_END.source, 'giu');
/** A labelled venue's ends: its locators and dates are labelled apart, but a day and month may be run in. */
const LABELLED_ENDS = new RegExp(`${LABELLED_LOCATOR_WORD_END}|${DAY_MONTH_END}`, 'giu');

/** The first venue end that is not inside parentheses: "(TMLR, 2023)" is part of the name. */
function firstOutsideParens(v: string, ends: RegExp): number {
  for (const m of v.matchAll(ends)) {
    const before = v.slice(0, m.index);
    const depth = (before.match(/\(/g)?.length ?? 0) - (before.match(/\)/g)?.length ?? 0);
    if (depth <= 0) return m.index;
  }
  return -1;
}

/**
 * Editors named before the collection title in "In A. Editor and B. Editor, editors, Title" or
 * "In Dale, R.; and Zock, M., eds., Title": the names must read as an author list.
 */
function stripEditorsBefore(v: string): string {
  const m = /^(.{2,200}?),?\s+(\(?)(?:eds?|editors?|hrsg|hg)\.?\)?(\s*[,.:]|\s)\s*(?=\S)/i.exec(v);
  if (!m) return v;
  const list = parseAuthorList(m[1]!);
  if (!list || m[1]!.slice(list.end).replace(/[\s,;.]|et\s+al/g, '').length > 0) return v;
  // A bare "eds." followed by a space ("Bill Puka, ed. Moral Development") needs forward names:
  // in "Pattern Recognition, eds. Terry Caelli" the words before are the book's, and read as inverted names.
  if (!m[2] && !/[,:]/.test(m[3]!) && list.inverted !== null) return v;
  return v.slice(m[0].length);
}

/**
 * Cuts a venue text down to the venue's name. `labelled`: the text is a span the labeller gave the
 * venue, its volume, issue and pages already labelled apart: it is cut at a locator word only, and
 * numbers in the name stay ("Verdi’s Middle Period: 1849–1859: Source Studies", "Geological Society
 * of America, 1995 Annual Meeting").
 */
export function cleanVenue(text: string, labelled = false): string {
  let v = text.trim().replace(/^[,.;:\s]+/, '');
  // What is left of "arXiv preprint arXiv:1412.7054", "Preprint, arXiv:…" or "arXiv:… [hep-th]" once
  // the identifier is taken out names one place: arXiv.
  if (ARXIV_ONLY.test(v)) return 'arXiv';
  // "In Rumelhart, D. E., McClelland, J. L. (Eds.), Parallel …": after "In", editors may hold commas.
  v = v.replace(IN_EDITORS, '');
  for (let k = 0; k < 3; k++) {
    const before = v;
    v = stripEditorsBefore(v.replace(LEAD, '').replace(EDITORS, ''));
    if (v === before) break;
  }
  const end = firstOutsideParens(v, labelled ? LABELLED_ENDS : VENUE_ENDS);
  if (end > 0) v = v.slice(0, end);
  // Trailing city or publisher after the last comma of a proceedings title: "…Conference, Zurich".
  v = v.replace(TRAILING_YEAR, '');
  // "Proteins 2010" loses its year; "NeurIPS 2021" keeps it, the year being part of the edition's name.
  v = v.replace(WORD_THEN_YEAR_END, '$1');
  v = v.replace(/\s*\((?:[^()]*\d[^()]*)?$/, '');
  return dropVenueTail(v, labelled && NUMBER_ENDING_SENTENCE.test(text.trim()))
    .replace(/\s+/g, ' ')
    .replace(/[\s,;:.(]+$/, '')
    .replace(/^[\s,;:.]+/, '')
    .trim();
}
