import type { Line } from '../document/types';
import { lineRuns } from '../document/line-style';
import { stripLeadingBullet } from '../document/normalize-text';
import { withNeighbours } from '../learn/neighbour-features';
import { DEGREE, looksLikeLocation, ORGANIZATION, ROLE } from '../lexicon/entry-words';
import type { SectionLine } from '../sections/types';
import { lineDate } from './find-entry-date';
import type { EntryDate } from './types';

/** The entry-start model's labels: a line opens an entry of its section, or continues the one above. */
export const ENTRY_START_LABELS = ['start', 'inside'] as const;

/** A PDF line this far (points) left or right of the line above starts a new indentation. */
const INDENT_STEP = 3;

const lengthBucket = (n: number): string => (n < 40 ? '<40' : n < 100 ? '40-99' : '100+');

/** The line's runs that hold more than white space. */
const inkedRuns = (line: Line): ReturnType<typeof lineRuns> => lineRuns(line).filter((r) => r.text.trim());

function styleFeatures(line: Line): string[] {
  const runs = inkedRuns(line);
  if (runs.length === 0) return [];
  const out: string[] = [];
  if (runs.every((r) => r.bold)) out.push('style:bold');
  else if (runs[0]!.bold) out.push('style:bold start');
  if (runs.every((r) => r.italic)) out.push('style:italic');
  return out;
}

/** Where a line puts its date: in a cell of its own, leading the text or trailing it. */
function datePlace(date: EntryDate | null | undefined): string | null {
  if (!date) return null;
  return date.ownCell ? 'own cell' : date.range.index === 0 ? 'leads' : 'trails';
}

function dateFeatures(date: EntryDate | null): string[] {
  if (!date) return ['date:none'];
  const out = ['date:placed'];
  if (!date.restOfLine) out.push('date:alone');
  out.push(`date:${datePlace(date)}`);
  if (!date.range.single) out.push('date:range');
  return out;
}

/**
 * A dated line whose date sits where the line above or the section's first line puts its own: in a
 * list of one-line entries ("2019 – 2021 Role, Org" line after line) each dated line opens an entry,
 * which the date order alone, read from the first entry's offset, leaves to the transitions.
 */
function datePlaceFeatures(dates: readonly (EntryDate | null)[], i: number): string[] {
  const place = datePlace(dates[i]);
  if (place === null || i === 0) return [];
  const out: string[] = [];
  if (place === datePlace(dates[i - 1])) out.push('date:placed as the line above');
  if (place === datePlace(dates[0])) out.push('date:placed as the first line');
  return out;
}

/** `degreeAt`: where the text's first degree word stands (the section's facts), or null. */
function wordFeatures(text: string, degreeAt: number | null): string[] {
  const out: string[] = [];
  if (degreeAt !== null) out.push(degreeAt === 0 ? 'words:opens with a degree' : 'words:degree');
  if (ROLE.test(text)) out.push('words:role');
  if (ORGANIZATION.test(text)) out.push('words:organisation');
  if (looksLikeLocation(text)) out.push('words:place');
  return out;
}

/**
 * Whether a line ends with a place: its last cell, or the last comma part of its one cell ("Semblar
 * AI, London, UK", "AstraZeneca | Munich, Germany"). The line naming an organisation and where it is
 * opens an entry in many layouts; a description's sentence rarely ends with a place.
 */
export function endsWithPlace(line: Line): boolean {
  const cells = line.cells.map((c) => c.text.trim()).filter(Boolean);
  const last = cells[cells.length - 1];
  if (last === undefined) return false;
  if (cells.length > 1 && looksLikeLocation(last)) return true;
  const parts = stripLeadingBullet(last).split(',');
  return parts.length > 1 && looksLikeLocation(parts[parts.length - 1]!);
}

/** How a line sits against the one above it: block, sub-heading, page, list depth, indentation, gap. */
function layoutFeatures(line: Line, above: SectionLine | undefined, own: SectionLine): string[] {
  if (!above) return ['position:first line'];
  const out: string[] = [];
  const prev = above.line;
  if (prev.block !== line.block) out.push('block:new');
  if (above.subheading !== own.subheading) out.push('subheading:new');
  if (prev.page !== line.page) out.push('page:new');
  if (line.depth > prev.depth) out.push('depth:deeper');
  else if (line.depth < prev.depth) out.push('depth:shallower');
  const x = line.cells[0]?.x;
  const prevX = prev.cells[0]?.x;
  if (x != null && prevX != null && prev.page === line.page) {
    if (x < prevX - INDENT_STEP) out.push('indent:left of the line above');
    else if (x > prevX + INDENT_STEP) out.push('indent:right of the line above');
  }
  if (line.y != null && prev.y != null && line.fontSize && prev.page === line.page) {
    if (line.y - prev.y > 1.8 * line.fontSize) out.push('gap:wide');
  }
  return out;
}

/** Lines past the section's first line where its first date is still read as the first entry's. */
const DATE_REACH = 4;

/**
 * How many lines below its first line the section's first entry puts its date (0: on the first line,
 * as a moderncv date column does; 2: under a title and an organisation, as altacv does), or null when
 * no date stands within reach. The other entries put theirs at the same offset, so a line whose date
 * stands that far below opens an entry, and a dated line above continues one only where dates lead.
 */
export function firstDateOffset(dated: readonly boolean[]): number | null {
  const offset = dated.slice(0, DATE_REACH + 1).indexOf(true);
  return offset < 0 ? null : offset;
}

/** A line's type: its font size and whether it is all bold. */
function lookOf(line: Line): string {
  const runs = inkedRuns(line);
  const bold = runs.length > 0 && runs.every((r) => r.bold);
  return `${line.fontSize?.toFixed(1) ?? '-'}${bold ? ' bold' : ''}`;
}

/**
 * The section's first line opens an entry; when its type is one few of the section's lines share,
 * the lines set in that type open entries too (a role in large type above its organisation and dates).
 */
function entryLook(looks: readonly string[]): string | null {
  const look = looks[0];
  if (look === undefined) return null;
  const shared = looks.filter((l) => l === look).length;
  return shared * 2 < looks.length ? look : null;
}

/** The mark a line opens with ("•", "–", a number as "#."), or "" for none. */
function bulletMark(text: string): string {
  const body = stripLeadingBullet(text);
  return text
    .slice(0, text.length - body.length)
    .trim()
    .replace(/\d+/g, '#');
}

/**
 * How a line sits against the section's first line, which opens an entry: the lines that open the
 * others tend to start where it starts and look as it looks, whatever the layout puts between them.
 */
function againstFirstLine(line: Line, first: Line, sameLook: boolean): string[] {
  const out: string[] = [];
  if (sameLook) out.push('first line:same type');
  const mark = bulletMark(line.text);
  const firstMark = bulletMark(first.text);
  // Entries open with the mark the first one opens with; their descriptions often with another.
  if (mark && firstMark) out.push(mark === firstMark ? 'first line:same bullet' : 'first line:other bullet');
  const x = line.cells[0]?.x;
  const firstX = first.cells[0]?.x;
  if (x == null || firstX == null) return out;
  if (x > firstX + INDENT_STEP) out.push('first line:indented from it');
  else if (x < firstX - INDENT_STEP) out.push('first line:left of it');
  else out.push('first line:same indentation');
  return out;
}

/** Where a line's neighbours put dates, read against where the section's first entry puts its date. */
function dateOrderFeatures(
  dated: readonly boolean[],
  i: number,
  offset: number | null,
  sameLook: boolean,
): string[] {
  const order = offset === null ? 'no dates' : offset === 0 ? 'dates lead' : 'dates below';
  const out = [`section:${order}`];
  if (dated[i]) out.push(`date order:dated line, ${order}`);
  if (dated[i - 1]) out.push(`date order:dated line above, ${order}`);
  if (offset !== null && offset > 0 && dated[i + offset]) {
    out.push("date order:a date at the first entry's offset below");
    // A description's last line has a date below it too; an organisation line set as the first
    // entry's first line is what opens the next entry (one weight for the two together).
    if (!dated[i] && sameLook)
      out.push("date order:a date at the first entry's offset below, set as the first line");
  }
  return out;
}

/** Lines above a degree line where another degree word says the entry above is already a degree. */
const DEGREE_REACH = 3;

/**
 * A line naming a degree where one of the lines just above names one too: an entry holds one degree,
 * so a second opens an entry of its own ("Ph.D. …, UNIST, 2022" then "M.S. …" on the next lines),
 * and a line opening with a degree as the section's first line does repeats how entries start.
 */
function degreeOrderFeatures(degrees: readonly (number | null)[], i: number): string[] {
  const at = degrees[i];
  if (at === null || at === undefined || i === 0) return [];
  const out: string[] = [];
  if (degrees.slice(Math.max(0, i - DEGREE_REACH), i).some((d) => d !== null))
    out.push(at === 0 ? 'degrees:opens with one, another above' : 'degrees:one, another above');
  if (at === 0 && degrees[0] === 0) out.push('degrees:opens with one, as the first line');
  return out;
}

/** What every line's features read of the whole section, each worked out once per line. */
interface SectionFacts {
  /** Each line's date, where it stands on the line. */
  dates: readonly (EntryDate | null)[];
  dated: readonly boolean[];
  /** firstDateOffset of the section. */
  offset: number | null;
  /** Each line's type (lookOf). */
  looks: readonly string[];
  /** entryLook of the section. */
  look: string | null;
  /** Where each line's first degree word stands in its text, or null. */
  degrees: readonly (number | null)[];
  /** Whether each line ends with a place (endsWithPlace). */
  places: readonly boolean[];
}

function ownFeatures(
  lines: readonly SectionLine[],
  i: number,
  ruleStart: boolean,
  facts: SectionFacts,
): string[] {
  const own = lines[i]!;
  const { line } = own;
  const text = stripLeadingBullet(line.text);
  const out = ['bias', `kind:${line.kind}`, `length:${lengthBucket(text.length)}`];
  const look = facts.looks[i];
  const asFirstLine = look === facts.looks[0];
  out.push(...dateOrderFeatures(facts.dated, i, facts.offset, i > 0 && asFirstLine));
  if (facts.look !== null && i > 0 && look === facts.look)
    out.push('look:as the first line, a distinct type');
  if (i > 0) out.push(...againstFirstLine(line, lines[0]!.line, asFirstLine));
  // HTML blocks are the page's own elements, PDF blocks a guess from the layout: each weighs apart.
  const source = line.y === null ? 'html' : 'pdf';
  if (ruleStart) out.push('rule:starts an entry', `rule:starts an entry (${source})`);
  if (lines[i - 1] && lines[i - 1]!.line.block !== line.block) out.push(`block:new (${source})`);
  if (text !== line.text) out.push('text:bullet');
  if (/^\p{Ll}/u.test(text)) out.push('text:lower-case start');
  if (/[.;]$/.test(text) && text.length > 40) out.push('text:ends a sentence');
  // The line that names where the first entry was held is repeated at the head of each entry.
  if (facts.places[i]) {
    out.push('words:ends with a place');
    if (i > 0 && facts.places[0]) out.push('words:ends with a place, as the first line');
  }
  out.push(
    ...layoutFeatures(line, lines[i - 1], own),
    ...dateFeatures(facts.dates[i] ?? null),
    ...datePlaceFeatures(facts.dates, i),
    ...wordFeatures(text, facts.degrees[i] ?? null),
    ...degreeOrderFeatures(facts.degrees, i),
    ...styleFeatures(line),
  );
  return out;
}

const CONTEXT = [
  'rule:',
  'date:',
  'words:',
  'style:bold',
  'block:new',
  'kind:',
  'length:',
  'first line:same type',
];

/**
 * The named features of each line of an education or career section, for the entry-start model.
 * `ruleStarts` marks the lines where the date-anchored splitter starts entries: the model weighs
 * that guess beside what the line and its neighbours look like.
 */
export function entryStartFeatures(
  lines: readonly SectionLine[],
  ruleStarts: readonly boolean[],
): string[][] {
  const dates = lines.map((l) => lineDate(l.line, 0));
  const dated = dates.map((d) => d !== null);
  const looks = lines.map((l) => lookOf(l.line));
  const degrees = lines.map((l) => DEGREE.exec(stripLeadingBullet(l.line.text))?.index ?? null);
  const places = lines.map((l) => endsWithPlace(l.line));
  const facts = {
    dates,
    dated,
    offset: firstDateOffset(dated),
    looks,
    look: entryLook(looks),
    degrees,
    places,
  };
  const own = lines.map((_, i) => ownFeatures(lines, i, ruleStarts[i] === true, facts));
  return withNeighbours(own, CONTEXT);
}
