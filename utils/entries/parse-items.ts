import type { Item } from '../model/profile';
import type { SectionKind, SectionLine } from '../sections/types';
import { collapseWhitespace, stripLeadingBullet, trimPunctuation } from '../document/normalize-text';
import { matchHeadingWording } from '../sections/match-heading-wording';
import { findDateRanges } from '../dates/parse-date-range';
import { splitIntoEntries } from './split-into-entries';

/** Symbols that separate several items written on one line ("★ Prize, 2022 ★ Scholarship, 2015"). */
const INLINE_BULLET = /\s*[★☆⋆✶✦•◆◇▪●■♦➢➤►✓✔]\s*/;
/** Every inline bullet of a line, to count them. */
const INLINE_BULLETS = new RegExp(INLINE_BULLET.source, 'g');
/** A leading "Label:" naming what follows ("Awards:", "Service:", "Languages:"). */
const LABEL = /^([\p{L}][\p{L} &/-]{1,40}):\s*/u;
/** A leading date label ("2024:", "Feb 2022:", "2017 - 2021:"). */
const DATE_LABEL_MAX = 30;

export interface RoutedItem {
  kind: SectionKind;
  item: Item;
}

function yearOf(text: string): number | null {
  const range = findDateRanges(text)[0];
  if (!range?.start) return null;
  const year = Number(range.start.slice(0, 4));
  return Number.isFinite(year) ? year : null;
}

function withoutDateLabel(text: string): string {
  const colon = text.indexOf(':');
  if (colon > 0 && colon <= DATE_LABEL_MAX && findDateRanges(text.slice(0, colon)).length > 0) {
    return text.slice(colon + 1).trim();
  }
  return text;
}

/**
 * The items of an item section (awards, talks, teaching, service, skills): one per entry, items written
 * on one line split at their bullets, and in combined sections ("Awards & Service") routed by the
 * label they start with.
 */
export function parseItems(lines: SectionLine[], kinds: SectionKind[]): RoutedItem[] {
  const out: RoutedItem[] = [];
  for (const entry of splitIntoEntries(lines)) {
    const raw = collapseWhitespace(entry.lines.map((l) => l.text).join(' '));
    let body = stripLeadingBullet(raw);
    let kind = kinds[0] ?? 'other';
    const label = LABEL.exec(body);
    if (label && findDateRanges(label[1]!).length === 0) {
      const named = matchHeadingWording(label[1]!).kinds[0];
      if (named && (kinds.includes(named) || kinds.length > 1)) {
        kind = named;
        body = body.slice(label[0].length);
      }
    }
    const pieces = body.split(INLINE_BULLET).map(trimPunctuation).filter(Boolean);
    const split = pieces.length >= 2 && (body.match(INLINE_BULLETS)?.length ?? 0) >= 2;
    for (const piece of split ? pieces : [trimPunctuation(body)]) {
      if (!piece) continue;
      const firstLine = split ? piece : stripLeadingBullet(entry.lines[0]!.text);
      out.push({
        kind,
        item: { text: withoutDateLabel(firstLine), year: yearOf(piece), raw: split ? piece : raw },
      });
    }
  }
  return out;
}
