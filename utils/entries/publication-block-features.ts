import { withNeighbours } from '../learn/neighbour-features';
import type { Line } from '../document/types';
import { comparisonKey, holdsWords, stripLeadingBullet } from '../document/normalize-text';
import { lineRuns } from '../document/line-style';
import { VENUE_WORDS } from '../lexicon/venues';
import { PUBLISHER } from '../lexicon/publishers';
import type { SectionKind } from '../sections/types';
import { matchHeadingWording } from '../sections/match-heading-wording';
import { DEGREE, ROLE } from '../lexicon/entry-words';
import { findDateRanges } from '../dates/parse-date-range';
import { MODERN_YEAR } from '../lexicon/year';

const YEAR_WORD = new RegExp(`\\b${MODERN_YEAR}\\b`, 'g');
const HAS_YEAR = new RegExp(`\\b${MODERN_YEAR}\\b`);
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
const AUTHOR_NAME =
  /(?:\p{Lu}[\p{L}'’-]+,\s*(?:\p{Lu}\.\s*){1,3}|(?:\p{Lu}\.\s*){1,3}\p{Lu}[\p{L}'’-]+|\p{Lu}[\p{L}'’-]+\s+\p{Lu}{1,2}\b(?=[,;]))/gu;

/** Two full names in a comma-separated list: "Soufiane Hayou, Nikhil Ghosh, Bin Yu". */
const FULL_NAME_LIST =
  /\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.?)?\s+\p{Lu}[\p{L}'’-]+,\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.?)?\s+\p{Lu}[\p{L}'’-]+\s*[,.]/u;

function lengthBucket(n: number): string {
  if (n < 30) return 'length:<30';
  if (n < 80) return 'length:30-80';
  if (n < 250) return 'length:80-250';
  if (n < 600) return 'length:250-600';
  return 'length:600+';
}

function blockText(block: CandidateBlock): string {
  return block.lines.map((l) => l.text).join(' ');
}

/** A bullet or dash that marks a list item in the text itself (PDF lists keep it there). */
const BULLET_START = /^[•·▪◦‣●○■□◆►▶➢➤*–—-]\s/u;

/**
 * How a block reads as one field of a publication set over several blocks (a title line, then an
 * authors line, then a venue and date line): what the pair features below compare with the
 * neighbouring blocks.
 */
interface BlockShape {
  /** Words and no names or year: a title standing alone ("Snake alarm calls as a public good"). */
  titleLike: boolean;
  /** Author names, or the person's own surname. */
  authors: boolean;
  /** A short block with a year: a venue and date line ("Animal Behaviour, 2018"). */
  dateLine: boolean;
}

function blockShape(block: CandidateBlock, surnameKey: string | null): BlockShape {
  const text = stripLeadingBullet(blockText(block));
  const words = text.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w)).length;
  const names = (text.match(AUTHOR_NAME)?.length ?? 0) > 0 || FULL_NAME_LIST.test(text);
  const authors = names || holdsWords(text, surnameKey);
  const hasYear = HAS_YEAR.test(text);
  const titleLike =
    words >= 3 &&
    text.length <= 250 &&
    !authors &&
    !hasYear &&
    /^["“‘]?\p{Lu}/u.test(text) &&
    !/:\s*$/.test(text);
  return { titleLike, authors, dateLine: hasYear && words <= 12 };
}

/**
 * Features of a block beside its neighbours under the same (sub)heading: a title-like block with
 * an authors or a venue-and-date block after it starts a publication that block continues.
 */
function pairFeatures(blocks: readonly CandidateBlock[], shapes: readonly BlockShape[], i: number): string[] {
  const out: string[] = [];
  const here = shapes[i]!;
  const sameHint = (j: number): boolean => j >= 0 && j < blocks.length && blocks[j]!.hint === blocks[i]!.hint;
  if (here.titleLike) out.push('shape:title-like');
  if (sameHint(i + 1) && here.titleLike) {
    if (shapes[i + 1]!.authors) out.push('pair:title-like, then authors');
    if (shapes[i + 1]!.dateLine) out.push('pair:title-like, then year');
  }
  if (sameHint(i - 1) && shapes[i - 1]!.titleLike) {
    if (here.authors) out.push('pair:authors after title-like');
    if (here.dateLine) out.push('pair:year after title-like');
  }
  if (sameHint(i - 2) && shapes[i - 2]!.titleLike && (shapes[i - 1]!.authors || shapes[i - 1]!.dateLine))
    out.push('pair:third field after title-like');
  return out;
}

/** The features of one block; `surnameKey` is the person's family name as a comparison key, if known. */
function ownFeatures(block: CandidateBlock, surnameKey: string | null): string[] {
  const text = blockText(block);
  const first = block.lines[0]!;
  const out = ['bias', `section:${block.sectionKind}`, lengthBucket(text.length), `line kind:${first.kind}`];
  const hint = block.hint ? matchHeadingWording(block.hint).kinds[0] : undefined;
  if (hint) out.push(`hint:${hint}`);
  if (block.lines.length > 1) out.push('lines:several');
  const authors = text.match(AUTHOR_NAME)?.length ?? 0;
  out.push(authors >= 3 ? 'authors:3+' : authors >= 1 ? 'authors:1-2' : 'authors:none');
  if (/\bet al\b/i.test(text)) out.push('text:et al');
  if (FULL_NAME_LIST.test(text)) out.push('authors:full-name list');
  if (/(?:,|\p{Lu}\.)\s*(?:and|&)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}'’-]+)?\s*[,.(]/u.test(text))
    out.push('authors:… and Name');
  if (/["“”«»]/.test(text)) out.push('text:quotes');
  const years = text.match(YEAR_WORD)?.length ?? 0;
  out.push(years === 0 ? 'year:none' : years === 1 ? 'year:one' : 'year:several');
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
  if (ROLE.test(text)) out.push('text:role word');
  if (DEGREE.test(text)) out.push('text:degree word');
  if (STARTS_WITH_DATE.test(first.text)) out.push('start:date');
  if (first.kind === 'list-item' || BULLET_START.test(first.text)) out.push('start:bullet');
  if (/^(?:\d{1,3}[.)]|\[\d{1,3}\]|\(\d{1,3}\)|[A-Z]{1,2}\d{1,3}[.)]?)\s/u.test(first.text))
    out.push('start:number');
  const runs = lineRuns(first);
  if (runs.some((r) => r.italic && r.text.trim().length > 12)) out.push('style:italic span');
  if (runs.some((r) => r.bold && r.text.trim().length > 2) && !runs.every((r) => r.bold || !r.text.trim()))
    out.push('style:bold span');
  if (runs.length > 0 && runs.every((r) => r.bold || !r.text.trim())) out.push('style:all bold');
  if (runs.some((r) => r.href !== null)) out.push('style:link');
  if (holdsWords(text, surnameKey)) out.push('text:own surname');
  if (/[.?!]\s*$/.test(text)) out.push('end:period');
  return out;
}

const CONTEXT = ['authors:', 'year:', 'text:venue word', 'section:', 'length:', 'text:own surname'];

/** The person's family name as a comparison key (the last word of the name), as the block features use it. */
export function surnameKey(name: string | null): string | null {
  return name ? (comparisonKey(name).split(' ').pop() ?? null) : null;
}

/** The named features of every block of a document, each with some of its neighbours'. */
export function publicationBlockFeatures(
  blocks: readonly CandidateBlock[],
  surnameKey: string | null,
): string[][] {
  const shapes = blocks.map((b) => blockShape(b, surnameKey));
  const own = blocks.map((b, i) => [...ownFeatures(b, surnameKey), ...pairFeatures(blocks, shapes, i)]);
  return withNeighbours(own, CONTEXT);
}
