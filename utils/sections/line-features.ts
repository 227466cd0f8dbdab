import { withNeighbours } from '../learn/neighbour-features';
import type { Line } from '../document/types';
import { boldShare, lineRuns, wordCount } from '../document/line-style';
import { DEGREE, ROLE } from '../lexicon/entry-words';
import { findDateRanges } from '../dates/parse-date-range';
import { bodyFontSize } from './body-font-size';
import { memoHeadingWording, SECTION_NUMBER, type WordingMatch } from './match-heading-wording';
import { MODERN_YEAR, YEAR_ALONE } from '../lexicon/year';

const YEAR_WORD = new RegExp(`\\b${MODERN_YEAR}\\b`);
/** Facts about the whole document that a line's features are measured against. */
export interface LineContext {
  lines: readonly Line[];
  bodySize: number | null;
  /** The usual vertical distance between consecutive lines of a page (PDF), or null. */
  lineGap: number | null;
  /** The left edge most text starts at (PDF), or null. */
  bodyLeft: number | null;
  blockSizes: ReadonlyMap<number, number>;
  /** Style signatures of the short lines whose wording is a section name (see styleSignature). */
  headingStyles: ReadonlySet<string>;
  /** Each line's style signature, by line index. */
  styles: readonly string[];
  /** How the lines of each style signature recur through the document (see styleRecurrence). */
  recurrence: ReadonlyMap<string, StyleRecurrence>;
  /**
   * Whether any line carries a look beyond its case: a size, weight, heading tag or left edge. A
   * plain-text CV's lines carry none, so there every line "looks like" its headings and every look
   * "recurs", which says nothing about which line heads a section.
   */
  styled: boolean;
  /** matchHeadingWording, each text matched once: the context and the line's own features both ask. */
  wording: (text: string) => WordingMatch;
}

/**
 * How a line looks, without its words: structure, size, weight, case, left edge. Headings of one
 * document share one look, so a line that looks like a line naming a section is likely a heading
 * too ("Memberships" set like "Education"). `bold` and `l` (the line's letters) are the caller's
 * when it has worked them out already.
 */
function styleSignature(line: Line, bodySize: number | null): string {
  const bold = boldShare(line);
  const l = letters(line.text);
  const size =
    line.fontSize !== null && bodySize !== null ? Math.round((line.fontSize / bodySize) * 10) : '-';
  const x = line.cells[0]?.x;
  return [
    line.kind,
    line.headingLevel ?? '-',
    size,
    bold > 0.9 ? 'b' : '-',
    l.length > 0 && l === l.toUpperCase() ? 'C' : '-',
    x === null || x === undefined ? '-' : Math.round(x / 6),
    line.cells.length,
  ].join('|');
}

/** Whether a line's look holds more than its structure and case (see styleSignature). */
function carriesALook(line: Line): boolean {
  return (
    line.headingLevel !== null ||
    line.fontSize !== null ||
    boldShare(line) > 0.3 ||
    (line.cells[0]?.x !== null && line.cells[0]?.x !== undefined)
  );
}

/** How often a look recurs: how many lines have it, and the median count of lines from one to the next. */
export interface StyleRecurrence {
  count: number;
  medianGap: number | null;
}

/**
 * The lines of each style signature, counted and spaced. An entry's bold first line recurs every
 * few lines, one per entry; a sub-heading recurs seldom, each over several entries; both look alike
 * on their own line, so how the look repeats is what tells them apart.
 */
export function styleRecurrence(styles: readonly string[]): Map<string, StyleRecurrence> {
  const at = new Map<string, number[]>();
  styles.forEach((style, i) => {
    const indices = at.get(style);
    if (indices) indices.push(i);
    else at.set(style, [i]);
  });
  const out = new Map<string, StyleRecurrence>();
  for (const [style, indices] of at) {
    const gaps = indices
      .slice(1)
      .map((index, k) => index - indices[k]!)
      .sort((a, b) => a - b);
    out.set(style, { count: indices.length, medianGap: gaps[Math.floor(gaps.length / 2)] ?? null });
  }
  return out;
}

function mostCommon(values: number[]): number | null {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: number | null = null;
  let most = 0;
  for (const [v, n] of counts)
    if (n > most || (n === most && best !== null && v < best)) [best, most] = [v, n];
  return best;
}

export function lineContext(lines: readonly Line[]): LineContext {
  const gaps: number[] = [];
  lines.forEach((line, i) => {
    const prev = lines[i - 1];
    if (prev && prev.page === line.page && line.y !== null && prev.y !== null && line.y > prev.y)
      gaps.push(Math.round(line.y - prev.y));
  });
  const lefts = lines.map((l) => l.cells[0]?.x).filter((x): x is number => x !== null && x !== undefined);
  const blockSizes = new Map<number, number>();
  for (const line of lines) blockSizes.set(line.block, (blockSizes.get(line.block) ?? 0) + 1);
  const bodySize = bodyFontSize([...lines]);
  const wording = memoHeadingWording();
  const styles = lines.map((l) => styleSignature(l, bodySize));
  const headingStyles = new Set(
    styles.filter((_, i) => wordCount(lines[i]!.text) <= 6 && wording(lines[i]!.text).exact),
  );
  return {
    lines,
    bodySize,
    headingStyles,
    styles,
    recurrence: styleRecurrence(styles),
    styled: lines.some(carriesALook),
    lineGap: mostCommon(gaps),
    bodyLeft: mostCommon(lefts.map((x) => Math.round(x / 4) * 4)),
    blockSizes,
    wording,
  };
}

/** The letters that have a case: Han, kana and other caseless scripts are neither capitals nor not. */
const letters = (text: string): string => text.replace(/[^\p{Lu}\p{Ll}\p{Lt}]/gu, '');

/** Two to four capitalised words, initials allowed: how a person's name looks ("Jane Q. Doe"). */
const PERSON_NAME_SHAPE = /^\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+)){1,3}$/u;

function sizeBucket(n: number): string {
  if (n <= 1) return 'words:1';
  if (n <= 3) return 'words:2-3';
  if (n <= 6) return 'words:4-6';
  if (n <= 10) return 'words:7-10';
  return 'words:11+';
}

/** What a line's look shares with the document's headings, and how often that look recurs. */
function lookFeatures(ctx: LineContext, i: number): string[] {
  const out: string[] = [];
  const style = ctx.styles[i]!;
  if (ctx.headingStyles.has(style)) out.push('style:like a named heading');
  const recurrence = ctx.recurrence.get(style);
  if (recurrence?.count === 1) out.push('style run:the only line so set');
  else if (recurrence?.medianGap !== null && recurrence?.medianGap !== undefined) {
    if (recurrence.count >= 3 && recurrence.medianGap <= 3) out.push('style run:recurs every few lines');
    else if (recurrence.medianGap >= 6) out.push('style run:recurs seldom');
  }
  return out;
}

/** The features of a line taken by itself; the `prev:`/`next:` copies of some are added by lineFeatures. */
function ownFeatures(line: Line, i: number, ctx: LineContext): string[] {
  const text = line.text.trim();
  const words = wordCount(text);
  const out: string[] = ['bias', `kind:${line.kind}`, sizeBucket(words)];
  if (line.headingLevel !== null) out.push(`tag:h${Math.min(line.headingLevel, 4)}`);
  const wording = ctx.wording(text);
  if (wording.kinds.length > 0) out.push('wording:names a section', `wording:${wording.kinds[0]}`);
  if (wording.exact) out.push('wording:only section words');
  const bold = boldShare(line);
  if (bold > 0.9) out.push('style:all bold');
  else if (bold > 0.3) out.push('style:partly bold');
  const runs = lineRuns(line);
  if (runs.length > 0 && runs.every((r) => r.italic || !r.text.trim())) out.push('style:all italic');
  if (runs.length > 0 && runs.every((r) => r.href !== null || !r.text.trim())) out.push('style:a link');
  const l = letters(text);
  if (l.length >= 3 && l === l.toUpperCase()) out.push('case:all capitals');
  else if (l.length > 0 && text.split(/\s+/).every((w) => !/^\p{Ll}/u.test(w))) out.push('case:title case');
  if (/^(?:\p{L}\s){3,}\p{L}/u.test(text)) out.push('case:letter-spaced');
  if (/[:：]\s*$/.test(text)) out.push('end:colon');
  if (/[.;,]\s*$/.test(text)) out.push('end:sentence');
  if (/^(?:\d{1,3}[.)]|\[\d{1,3}\]|[•·▪◦●○■□◆◇✦✧★☆►▶➢➤*–—-])\s*/u.test(text))
    out.push('start:bullet or number');
  if (SECTION_NUMBER.test(text) && words <= 7) out.push('start:section number');
  // ownFeatures runs over the context's own lines, so line i's look is always there.
  if (ctx.styled) out.push(...lookFeatures(ctx, i));
  if (/^[=\-_~*#]{3,}$/.test(text)) out.push('text:underline');
  if (YEAR_ALONE.test(text)) out.push('text:a year alone');
  if (findDateRanges(text).length > 0) out.push('text:date');
  else if (YEAR_WORD.test(text)) out.push('text:year');
  if (/@|https?:|www\./.test(text)) out.push('text:address');
  if (ROLE.test(text.split(/\s+/).pop() ?? '') && !wording.exact) out.push('text:ends in a role');
  // An entry of an education section set bold ("Master’s thesis,", "Bachelor’s honours") names a
  // degree; its heading words make it look like a sub-heading of publications or awards.
  if (DEGREE.test(text)) out.push('text:degree');
  if (/["“”]/.test(text)) out.push('text:quotes');
  if ((ctx.blockSizes.get(line.block) ?? 0) === 1) out.push('block:alone');
  // Conjunctions a linear model cannot build from the features above.
  const short = words <= 5 && !out.includes('text:date') && !out.includes('text:year');
  if (short && bold > 0.9) out.push('short:bold');
  if (short && l.length >= 3 && l === l.toUpperCase()) out.push('short:capitals');
  if (short && wording.kinds.length === 0 && PERSON_NAME_SHAPE.test(text) && i < 8)
    out.push('short:name-shaped, near the top');
  if (line.cells.length > 1) out.push('cells:several');
  if (line.fontSize !== null && ctx.bodySize !== null) {
    const r = line.fontSize / ctx.bodySize;
    out.push(
      r >= 1.4 ? 'font:much larger' : r >= 1.12 ? 'font:larger' : r <= 0.92 ? 'font:smaller' : 'font:body',
    );
  }
  const x = line.cells[0]?.x ?? null;
  if (x !== null && ctx.bodyLeft !== null) {
    if (x < ctx.bodyLeft - 12) out.push('x:left of body');
    else if (x > ctx.bodyLeft + 12) out.push('x:indented');
  }
  const prev = ctx.lines[i - 1];
  if (!prev || prev.page !== line.page) out.push('gap:page start');
  else if (line.y !== null && prev.y !== null && ctx.lineGap) {
    const gap = (line.y - prev.y) / ctx.lineGap;
    if (gap > 1.6) out.push('gap:wide above');
  }
  if (i === 0) out.push('position:first line');
  return out;
}

/** Features copied from a neighbour: only those that say how the context looks. */
const CONTEXT_PREFIXES = [
  'kind:',
  'style:all bold',
  'wording:',
  'text:underline',
  'text:date',
  'font:',
  'x:',
];

/**
 * Each lines array's features while the array lives. They depend on the lines alone, and training
 * and crossval find one document's headings under several models (train --check worked them out
 * four times per document); the reader never changes a document's lines once read.
 */
const featuresRead = new WeakMap<readonly Line[], readonly (readonly string[])[]>();

/** The named features of every line of a document, each line with some of its neighbours'. */
export function documentLineFeatures(lines: readonly Line[]): readonly (readonly string[])[] {
  let features = featuresRead.get(lines);
  if (!features) {
    const ctx = lineContext(lines);
    const own = lines.map((line, i) => ownFeatures(line, i, ctx));
    features = withNeighbours(own, CONTEXT_PREFIXES);
    featuresRead.set(lines, features);
  }
  return features;
}
