import type { Line } from '../document/types';
import type { SectionLine } from '../sections/types';
import { lineDate } from './find-entry-date';
import type { EntryLines } from './types';

interface Block {
  lines: Line[];
  subheading: string | null;
  dated: boolean;
  /** The dated line holds nothing but the date (and maybe a place): the entry's text is elsewhere. */
  dateOnly: boolean;
}

/** Consecutive lines of one HTML block / text paragraph under one sub-heading. */
function toBlocks(lines: SectionLine[]): Block[] {
  const blocks: Block[] = [];
  let previous: SectionLine | null = null;
  for (const sl of lines) {
    const last = blocks[blocks.length - 1];
    if (last && previous && previous.line.block === sl.line.block && previous.subheading === sl.subheading) {
      last.lines.push(sl.line);
    } else {
      blocks.push({ lines: [sl.line], subheading: sl.subheading, dated: false, dateOnly: false });
    }
    previous = sl;
  }
  return blocks.flatMap(explodeStackedLines).map(markDates);
}

/**
 * A block of several lines with a short date line inside it (a text export with no blank lines:
 * "Org / Role / Place / 2019 – 2020 / Org / ...") is a stack of one-line blocks.
 */
function explodeStackedLines(block: Block): Block[] {
  const stacked = block.lines.slice(1).some((line, i) => {
    const date = lineDate(line, i + 1);
    return date !== null && line.text.length <= 60 && date.restOfLine.length <= 40;
  });
  // Lines broken with <br> in one paragraph, each with its own date ("Role, Org, 2019–2021"), are entries.
  const eachDated = block.lines.length > 1 && block.lines.every((line, i) => lineDate(line, i) !== null);
  if (!stacked && !eachDated) return [block];
  return block.lines.map((line) => ({ ...block, lines: [line] }));
}

function markDates(block: Block): Block {
  {
    const first = block.lines[0]!;
    const date = lineDate(first, 0);
    // A date inside a long description ("05/16-01/18: Research and ...") does not start an entry.
    block.dated = date !== null && (date.ownCell || first.text.length <= 200);
    block.dateOnly = date !== null && date.restOfLine.length === 0 && block.lines.length === 1;
  }
  return block;
}

/** An undated list item beside list items of the same depth is an entry of its own, not a description. */
function isSiblingItem(group: Block[], block: Block): boolean {
  const head = group[0]?.lines[0];
  const line = block.lines[0]!;
  return !!head && head.kind === 'list-item' && line.kind === 'list-item' && head.depth === line.depth;
}

function join(blocks: Block[]): EntryLines {
  return { lines: blocks.flatMap((b) => b.lines), subheading: blocks[0]?.subheading ?? null };
}

/**
 * Splits a section into entries, anchored on dated blocks. Dates lead (a dated header line, a date
 * column, a date line before the text): an entry runs from its dated block to the next one.
 * Dates trail (text first, then a line with only the date, as text exports of right-aligned dates
 * give): an entry runs from after one date to its own date. Without dates, each block is an entry.
 */
export function splitIntoEntries(lines: SectionLine[]): EntryLines[] {
  const blocks = toBlocks(lines);
  const firstDated = blocks.findIndex((b) => b.dated);
  if (firstDated < 0) return blocks.map((b) => join([b]));
  const dated = blocks.filter((b) => b.dated);
  const trailing = firstDated > 0 && dated.every((b) => b.dateOnly || b.lines[0]!.text.length <= 60);
  const entries: EntryLines[] = [];
  let group: Block[] = [];
  if (trailing) {
    for (const block of blocks) {
      group.push(block);
      if (block.dated) {
        entries.push(join(group));
        group = [];
      }
    }
    // Lines after the last date (a closing remark) belong to the last entry.
    const last = entries[entries.length - 1];
    if (group.length > 0 && last) last.lines.push(...group.flatMap((b) => b.lines));
    return entries;
  }
  for (const [i, block] of blocks.entries()) {
    if (i < firstDated) {
      entries.push(join([block]));
      continue;
    }
    const changedSub = group.length > 0 && group[0]!.subheading !== block.subheading;
    if ((block.dated || changedSub || isSiblingItem(group, block)) && group.length > 0) {
      entries.push(join(group));
      group = [];
    }
    group.push(block);
  }
  if (group.length > 0) entries.push(join(group));
  return entries;
}

/** Which lines the date-anchored splitter starts an entry on, one flag per line. */
export function ruleEntryStarts(lines: readonly SectionLine[]): boolean[] {
  const firsts = new Set(splitIntoEntries([...lines]).map((e) => e.lines[0]));
  return lines.map((sl) => firsts.has(sl.line));
}

/** A section's lines cut into entries where `starts` says one starts (the first line always does). */
export function entriesFromStarts(lines: readonly SectionLine[], starts: readonly boolean[]): EntryLines[] {
  const entries: EntryLines[] = [];
  lines.forEach((sl, i) => {
    const last = entries[entries.length - 1];
    if (last && !starts[i]) last.lines.push(sl.line);
    else entries.push({ lines: [sl.line], subheading: sl.subheading });
  });
  return entries;
}
