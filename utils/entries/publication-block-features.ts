import {
  authorNamePattern,
  INITIALS_SURNAME,
  SURNAME_CAPITALS,
  SURNAME_COMMA_INITIALS,
} from '../names/author-name-shapes';
import { withNeighbours } from '../learn/neighbour-features';
import type { Line } from '../document/types';
import { titleParts } from '../document/page-title';
import { comparisonKey, holdsWords } from '../document/normalize-text';
import { lineRuns } from '../document/line-style';
import { VENUE_WORDS } from '../lexicon/venues';
import { PUBLISHER } from '../lexicon/publishers';
import { LIST_NOTE } from '../lexicon/list-notes';
import { UNPUBLISHED_WORK } from '../lexicon/unpublished-work';
import type { SectionKind } from '../sections/types';
import {
  matchHeadingWording,
  memoHeadingWording,
  type WordingMatch,
} from '../sections/match-heading-wording';
import { DEGREE, ROLE } from '../lexicon/entry-words';
import { NAME_CONJUNCTION } from '../lexicon/name-words';
import { findDateRanges } from '../dates/parse-date-range';
import { MODERN_YEAR, YEAR_ALONE } from '../lexicon/year';

const YEAR_WORD = new RegExp(`\\b${MODERN_YEAR}\\b`, 'g');
const STARTS_WITH_DATE = new RegExp(
  `^\\P{L}{0,3}(?:(?:since|depuis|seit|desde|from)\\s+)?(?:\\d{1,2}[/.])?${MODERN_YEAR}\\b`,
  'iu',
);

/** A candidate entry: consecutive lines of one block under one (sub)heading of one section. */
export interface CandidateBlock {
  lines: Line[];
  sectionKind: SectionKind;
  /** The sub-heading or the section heading the block sits under. */
  hint: string | null;
}

/** "Smith, J.", "J. Smith", "Smith J", "John Smith," — a name as author lists write it. */
const AUTHOR_NAME = authorNamePattern([SURNAME_COMMA_INITIALS, INITIALS_SURNAME, SURNAME_CAPITALS], 'gu');

/** Two full names in a comma-separated list: "Soufiane Hayou, Nikhil Ghosh, Bin Yu". */
const FULL_NAME_LIST =
  /\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.?)?\s+\p{Lu}[\p{L}'’-]+,\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.?)?\s+\p{Lu}[\p{L}'’-]+\s*[,.]/u;

/** "…, and Name," / "B. and Name." in any language's "and". */
const AND_NAME = new RegExp(
  `(?:,|\\p{Lu}\\.)\\s*${NAME_CONJUNCTION}\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]+)?\\s*[,.(]`,
  'u',
);
const NAME_SEPARATOR = new RegExp(`\\s*(?:[,;]|\\s${NAME_CONJUNCTION}(?=\\s))\\s*`, 'u');
/** One name of a list: "Hugo Alves", "Tina B. Lonsdorf", "B. S. C. M. Vilar", "van der Berg J". */
const LISTED_NAME = /^(?:\p{Lu}[\p{L}'’.-]*\s+|\p{Ll}{1,3}\s+){1,5}\p{Lu}[\p{L}'’-]*\.?\*?$/u;

/**
 * The whole block is names and nothing else ("Hugo Alves e André Santanchè"; "Maren Jens, Tina B
 * Lonsdorf"): the authors line of a publication set as blocks of their own.
 */
function isNameList(text: string): boolean {
  const parts = text
    .trim()
    .split(NAME_SEPARATOR)
    .filter((p) => p && p !== '…' && !/^et al\.?$/i.test(p));
  return parts.length >= 2 && parts.every((p) => LISTED_NAME.test(p));
}

function lengthBucket(n: number): string {
  if (n < 30) return 'length:<30';
  if (n < 80) return 'length:30-80';
  if (n < 250) return 'length:80-250';
  if (n < 600) return 'length:250-600';
  return 'length:600+';
}

/** A block's text, its lines joined by spaces. */
export function blockText(block: CandidateBlock): string {
  return block.lines.map((l) => l.text).join(' ');
}

/**
 * The features of one block; `surnameKey` is the person's family name as a comparison key, if known,
 * `wording` reads the block's (sub)heading and `titleKinds` are the section kinds the page's title names.
 */
function ownFeatures(
  block: CandidateBlock,
  surnameKey: string | null,
  wording: (text: string) => WordingMatch,
  titleKinds: readonly SectionKind[],
): string[] {
  const text = blockText(block);
  const first = block.lines[0]!;
  const out = ['bias', `section:${block.sectionKind}`, lengthBucket(text.length), `line kind:${first.kind}`];
  const hint = block.hint ? wording(block.hint).kinds[0] : undefined;
  if (hint) out.push(`hint:${hint}`);
  else if (block.hint && YEAR_ALONE.test(block.hint)) out.push('hint:a year');
  // Lists of unpublished work print bare titles with no year or venue, which elsewhere tell of an other block.
  if (block.hint && UNPUBLISHED_WORK.test(block.hint)) out.push('hint:unpublished work');
  // A page with no heading over its list says what the list is in its title: "Papers | Jane Doe".
  if (block.hint === null) for (const kind of titleKinds) out.push(`no heading, page title:${kind}`);
  // Under headings too: a talks or teaching page ("presentations | Jane Doe") sets its lines under
  // year or place headings that say nothing of what the lines are.
  for (const kind of titleKinds) out.push(`page title:${kind}`);
  if (block.lines.length > 1) out.push('lines:several');
  const authors = text.match(AUTHOR_NAME)?.length ?? 0;
  out.push(authors >= 3 ? 'authors:3+' : authors >= 1 ? 'authors:1-2' : 'authors:none');
  if (/\bet al\b/i.test(text)) out.push('text:et al');
  if (FULL_NAME_LIST.test(text)) out.push('authors:full-name list');
  if (AND_NAME.test(text)) out.push('authors:… and Name');
  if (isNameList(text)) out.push('authors:names only');
  if (/["“”«»]/.test(text)) out.push('text:quotes');
  const years = text.match(YEAR_WORD)?.length ?? 0;
  out.push(years === 0 ? 'year:none' : years === 1 ? 'year:one' : 'year:several');
  // A reference is mostly words (names, title, venue); a legend or a run of dates and marks is not.
  if (wordShare(text) < WORD_SHARE_OF_TEXT) out.push('text:mostly symbols and numbers');
  if (findDateRanges(text).some((d) => d.start !== null && d.end !== null)) out.push('text:date range');
  if (VENUE_WORDS.test(text)) out.push('text:venue word');
  if (PUBLISHER.test(text)) out.push('text:publisher word');
  if (/\bIn:?\s+(?:\p{Lu}|proc)/u.test(text)) out.push('text:In Venue');
  if (/\b(?:pp?\.\s*\d|\d+\s*[-–]\s*\d+\b|vol\.|no\.\s*\d|\(\d+\)\s*[:,])/i.test(text))
    out.push('text:pages or volume');
  if (/\b(?:doi|arxiv|ssrn|biorxiv|isbn)\b|10\.\d{4,}\//i.test(text)) out.push('text:identifier');
  if (
    /\b(?:submitted|under review|in press|forthcoming|accepted|in preparation|working paper|preprint|revise and resubmit|r&r)\b/i.test(
      text,
    )
  )
    out.push('text:status word');
  if (/\b(?:invited|keynote|seminar|colloquium|talk|poster|presented)\b/i.test(text))
    out.push('text:talk word');
  if (/\b(?:award|prize|fellowship|grant|scholarship|medal)\b/i.test(text)) out.push('text:award word');
  if (/\b(?:university|universit|institute|college|school|department)\b/i.test(text))
    out.push('text:institution word');
  if (LIST_NOTE.test(text)) out.push('text:list note');
  if (ROLE.test(text)) out.push('text:role word');
  if (DEGREE.test(text)) out.push('text:degree word');
  if (STARTS_WITH_DATE.test(first.text)) out.push('start:date');
  if (/^(?:\d{1,3}[.)]|\[\d{1,3}\]|\(\d{1,3}\)|[A-Z]{1,2}\d{1,3}[.)]?)\s/u.test(first.text))
    out.push('start:number');
  const runs = lineRuns(first);
  if (runs.some((r) => r.italic && r.text.trim().length > 12)) out.push('style:italic span');
  if (runs.some((r) => r.bold && r.text.trim().length > 2) && !runs.every((r) => r.bold || !r.text.trim()))
    out.push('style:bold span');
  if (runs.length > 0 && runs.every((r) => r.bold || !r.text.trim())) out.push('style:all bold');
  if (runs.some((r) => r.href !== null)) out.push('style:link');
  // The lines' keys joined, not the key of the joined text: see joinedKey.
  const lineTexts = block.lines.map((l) => l.text);
  if (holdsWords(lineTexts, surnameKey)) out.push('text:own surname');
  if (/[.?!]\s*$/.test(text)) out.push('end:period');
  out.push(citationCues(out));
  const opening = titleOpening(text);
  if (opening) {
    out.push(`text:opens with a ${opening} title`);
    // A title-like phrase is a paper under a publications heading, a post, course or award elsewhere.
    out.push(`title opening under:${hint ?? block.sectionKind}`);
  }
  if (isBarePhrase(text, out)) {
    out.push('text:bare phrase');
    // A bare phrase is a title under a publications heading, a course or a topic under others.
    out.push(`bare phrase under:${hint ?? block.sectionKind}`);
  }
  return out;
}

/** A text token counts as a word when it holds this many letters: "J." and "B512" do not, "Phys." does. */
const WORD_LETTERS = 2;
/** Below this share of word tokens, a block reads as marks, years and numbers ("✦ since 2022 · ✧ before 2022"). */
const WORD_SHARE_OF_TEXT = 0.4;

/** The share of a text's whitespace-separated tokens that are words (0 for an empty text). */
export function wordShare(text: string): number {
  const tokens = text.split(/\s+/).filter(Boolean);
  const words = tokens.filter((t) => (t.match(/\p{L}/gu)?.length ?? 0) >= WORD_LETTERS);
  return tokens.length === 0 ? 0 : words.length / tokens.length;
}

/** A quoted phrase at a block's start, its words in group 1: “Granular Search in the Product Market.” */
const QUOTED_OPENING = /^\P{L}{0,4}["“«]([^"“”«»]+)["”»]/u;

/** A block's first phrase: up to the first comma, stop, bracket or dash that ends a title. */
const FIRST_PHRASE = /^\P{L}{0,4}(\p{L}[^,.;([–—]*)/u;

/** A title-case title capitalises its words of this many letters or more; "of", "and", "the" stay lower case. */
const LONG_WORD = 4;
/** Most of those words, not all: some styles keep "with", "from", "into" lower case. */
const TITLE_CASE_SHARE = 0.75;

/**
 * Whether the block opens with a title: a quoted phrase, or a phrase of three or more words whose
 * longer words mostly start with a capital ("Small Resource-Rich Economies and the Green Transition").
 */
function titleOpening(text: string): 'quoted' | 'title-case' | null {
  const quoted = QUOTED_OPENING.exec(text)?.[1];
  if (quoted && quoted.trim().split(/\s+/).length >= 3) return 'quoted';
  const phrase = FIRST_PHRASE.exec(text)?.[1] ?? '';
  const words = phrase.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const long = words.filter((w) => w.replace(/\P{L}/gu, '').length >= LONG_WORD);
  const capitals = long.filter((w) => /^\P{L}*\p{Lu}/u.test(w)).length;
  return words.length >= 3 && long.length >= 2 && capitals >= TITLE_CASE_SHARE * long.length
    ? 'title-case'
    : null;
}

/** The features of a block that holds an author list. */
const AUTHOR_LIST = ['authors:1-2', 'authors:3+', 'authors:names only', 'authors:full-name list'];

/**
 * What tells of some part of a reference other than its title: names, a year, a venue, a status. A
 * venue word is not among them: titles hold "Research", "Learning", "Review" as often as venues do.
 */
const NOT_TITLE_CUES = new Set([
  ...AUTHOR_LIST,
  'text:et al',
  'year:one',
  'year:several',
  'text:publisher word',
  'text:In Venue',
  'text:pages or volume',
  'text:identifier',
  'text:status word',
  'start:date',
  'start:number',
]);

/**
 * A phrase of several words that names something and tells nothing else: no names, year, publisher,
 * pages, identifier or status. Card layouts and working-paper lists give a title such a block of its own, the authors
 * and venue (if any) in the blocks after it.
 */
function isBarePhrase(text: string, features: readonly string[]): boolean {
  const words = text.trim().split(/\s+/).length;
  return (
    words >= 3 &&
    text.length <= 250 &&
    /^\P{L}{0,2}\p{L}/u.test(text) &&
    !features.some((f) => NOT_TITLE_CUES.has(f))
  );
}

/** Whether a block's own features show an author list. */
const hasAuthors = (features: readonly string[]): boolean => features.some((f) => AUTHOR_LIST.includes(f));

/**
 * The features that each tell of a reference; one alone says little (an institution's name, a year),
 * several together make a reference whatever else the block holds.
 */
const CITATION_CUES = new Set([
  'authors:1-2',
  'authors:3+',
  'text:et al',
  'authors:full-name list',
  'authors:… and Name',
  'text:quotes',
  'year:one',
  'year:several',
  'text:venue word',
  'text:publisher word',
  'text:In Venue',
  'text:pages or volume',
  'text:identifier',
  'text:status word',
  'style:italic span',
]);

/** How many of a block's own features are citation cues. */
function citationCueCount(features: readonly string[]): number {
  return features.filter((f) => CITATION_CUES.has(f)).length;
}

/** How many citation cues a block shows, as one feature: "cues:0" … "cues:6+". */
function citationCues(features: readonly string[]): string {
  const n = citationCueCount(features);
  return `cues:${n >= 6 ? '6+' : n}`;
}

const CONTEXT = [
  'authors:',
  'year:',
  'text:venue word',
  'section:',
  'length:',
  'text:own surname',
  'cues:',
  'line kind:',
  'text:bare phrase',
];

/** How a block is set, its length aside: its first line's kind and depth, how it starts, its first run's style. */
function blockLook(block: CandidateBlock): string {
  const first = block.lines[0]!;
  const start = /^\P{L}{0,2}\d/u.test(first.text)
    ? 'digit'
    : /^["“«‘]/.test(first.text)
      ? 'quote'
      : /^\p{Lu}/u.test(first.text)
        ? 'capital'
        : 'other';
  const run = lineRuns(first).find((r) => r.text.trim() !== '');
  const style = !run ? 'none' : run.bold ? 'bold' : run.italic ? 'italic' : run.href ? 'link' : 'plain';
  return `${first.kind}|${first.depth}|${start}|${style}`;
}

/** A card repeats its blocks' looks every few blocks (title, authors, venue, links): these periods. */
const CARD_PERIODS = [2, 3, 4];

/** A block showing this many citation cues reads as a reference by itself (see citationCues). */
const CITING_CUES = 3;

/**
 * Whether a block's features (its own; the neighbours' come prefixed and are not counted) show
 * enough citation cues to read as a reference by itself.
 */
export function readsAsReference(features: readonly string[]): boolean {
  return citationCueCount(features) >= CITING_CUES;
}

/** A run of fewer blocks than this says too little about its list to count its citing share. */
const MIN_RUN = 3;

/**
 * How much of the run of blocks under one heading reads as references, as one feature of each
 * block of the run. A publication list is many citing blocks in a row; without a heading read as
 * publications, each block's own evidence is moderate, and with no learned transitions (see
 * scripts/train/publication-block-model.ts) the run's own share of citing blocks is what keeps the
 * list together.
 */
function runCitingShares(blocks: readonly CandidateBlock[], owns: readonly (readonly string[])[]): string[] {
  const out: string[] = [];
  let start = 0;
  while (start < blocks.length) {
    let end = start + 1;
    while (end < blocks.length && blocks[end]!.hint === blocks[start]!.hint) end++;
    const citing = owns.slice(start, end).filter(readsAsReference).length;
    const share = citing / (end - start);
    const feature =
      end - start < MIN_RUN
        ? 'run:short'
        : share >= 0.6
          ? 'run:most blocks cite'
          : share >= 0.25
            ? 'run:some blocks cite'
            : 'run:few blocks cite';
    for (let i = start; i < end; i++) out.push(feature);
    start = end;
  }
  return out;
}

/** The person's family name as a comparison key (the last word of the name), as the block features use it. */
export function surnameKey(name: string | null): string | null {
  return name ? (comparisonKey(name).split(' ').pop() ?? null) : null;
}

/** The section kinds the parts of a page's title name ("Papers | Jane Doe": publications). */
export function pageTitleKinds(title: string | null): SectionKind[] {
  return [...new Set(titleParts(title).flatMap((part) => matchHeadingWording(part).kinds))];
}

/**
 * The named features of every block of a document, each with some of its neighbours';
 * `pageTitle` is the document's title (a web page's <title>), if any.
 */
export function publicationBlockFeatures(
  blocks: readonly CandidateBlock[],
  surnameKey: string | null,
  pageTitle: string | null = null,
): string[][] {
  // The blocks under one heading share its hint: each heading's wording is matched once.
  const wording = memoHeadingWording();
  const titleKinds = pageTitleKinds(pageTitle);
  const looks = blocks.map(blockLook);
  const shapes = blocks.map((b, i) => `${looks[i]}|${lengthBucket(blockText(b).length)}`);
  const owns = blocks.map((b) => ownFeatures(b, surnameKey, wording, titleKinds));
  const runShares = runCitingShares(blocks, owns);
  const own = blocks.map((b, i) => {
    // A copy: the card features below read the neighbours' own features, not what is added here.
    // Under talks or awards a citing run is no publication list: the share is read with the section's kind.
    const features = [...owns[i]!, runShares[i]!, `${runShares[i]!} in:${b.sectionKind}`];
    const sameHint = (j: number): boolean => j >= 0 && j < blocks.length && blocks[j]!.hint === b.hint;
    // The first entry under a heading has the heading, not an entry, above it.
    if (!sameHint(i - 1)) features.push('position:first under its heading');
    // Entries of one list are set alike: a block set like its neighbour is likely what that one is.
    if (sameHint(i - 1) && shapes[i - 1] === shapes[i]) features.push('shape:as previous');
    if (sameHint(i + 1) && shapes[i + 1] === shapes[i]) features.push('shape:as next');
    // Titles of one list differ in length: their looks alike say so where the shapes above do not.
    if (sameHint(i - 1) && looks[i - 1] === looks[i]) features.push('look:as previous');
    if (sameHint(i + 1) && looks[i + 1] === looks[i]) features.push('look:as next');
    // A card of several blocks: this block set like the one a few blocks back, unlike the one before.
    if (
      sameHint(i - 1) &&
      looks[i - 1] !== looks[i] &&
      CARD_PERIODS.some((k) => sameHint(i - k) && looks[i - k] === looks[i])
    )
      features.push('look:repeats a card');
    // A bare title with the authors under it, as a linear model cannot conjoin from the neighbours.
    const bare = features.includes('text:bare phrase');
    if (bare && sameHint(i + 1) && hasAuthors(owns[i + 1]!)) features.push('card:title over authors');
    if (hasAuthors(features) && sameHint(i - 1) && owns[i - 1]!.includes('text:bare phrase'))
      features.push('card:authors under a title');
    return features;
  });
  // A block under another heading is no part of this block's list: the person's name line above
  // the first entry told the first entry's label by what the name line was, not what the list is.
  return withNeighbours(own, CONTEXT, (i, j) => blocks[i]!.hint === blocks[j]!.hint);
}
