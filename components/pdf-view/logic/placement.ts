import { foldChar, foldText, locateAll } from '../../../utils/badges/text-match';
import { sameLine, type TextRun } from './runs';

/** The document's text folded as text-match folds it, with the run each folded character came from. */
export interface FoldedRuns {
  text: string;
  owners: number[];
}

export function foldRuns(runs: TextRun[]): FoldedRuns {
  let text = '';
  const owners: number[] = [];
  runs.forEach((run, i) => {
    for (const ch of run.str) {
      for (const part of foldChar(ch)) {
        text += part;
        owners.push(i);
      }
    }
  });
  return { text, owners };
}

/** Where one badge goes: beside the first line of its entry, in page units. */
export interface BadgePlacement {
  /** Index of the item (publication) in the list given to placeBadges. */
  item: number;
  page: number;
  /** Right edge of the entry's first line: the badge's left side. */
  left: number;
  /** Vertical middle of that line: the badge is centred on it. */
  middle: number;
  /** Every run of the entry (possibly over two pages), where the candidate's other names are marked. */
  runs: TextRun[];
}

/**
 * The runs of the visual line starting at `first`, in reading order. Blank runs (spaces, line
 * ends) are stepped over but never define the edge.
 */
export function lineFrom(runs: TextRun[], first: number): TextRun[] {
  const start = runs[first];
  if (!start) return [];
  const line = [start];
  for (let i = first + 1; i < runs.length; i += 1) {
    const run = runs[i] as TextRun;
    if (!run.str.trim()) {
      if (run.page !== start.page) break;
      continue;
    }
    if (!sameLine(start, run)) break;
    line.push(run);
  }
  return line;
}

/**
 * Finds each publication's entry in the document's runs and where its badge goes. Matching is
 * over the whole document, so an entry is found once even when it continues on the next page,
 * and a paper listed twice gets both of its entries (locateAll's order rule).
 */
export function placeBadges(
  runs: TextRun[],
  items: { raw: string; title?: string | null }[],
): BadgePlacement[] {
  const { text, owners } = foldRuns(runs);
  const ranges = locateAll(text, items);
  const starts = ranges
    .filter((r): r is NonNullable<typeof r> => r !== null)
    .map((r) => r.start)
    .sort((a, b) => a - b);
  const placements: BadgePlacement[] = [];
  ranges.forEach((range, item) => {
    if (!range) return;
    const firstRun = owners[range.start];
    if (firstRun === undefined) return;
    const line = lineFrom(runs, firstRun).filter((r) => r.str.trim());
    if (!line.length) return;
    // The entry runs for its whole raw length, but never into the next entry found.
    const next = starts.find((s) => s > range.start) ?? text.length;
    const end = Math.min(next, Math.max(range.end, range.start + foldText(items[item]?.raw ?? '').length));
    const entryRuns = new Set<number>();
    for (let at = range.start; at < end; at += 1) entryRuns.add(owners[at] as number);
    const top = Math.min(...line.map((r) => r.top));
    const bottom = Math.max(...line.map((r) => r.bottom));
    placements.push({
      item,
      page: (runs[firstRun] as TextRun).page,
      left: Math.max(...line.map((r) => r.right)),
      middle: (top + bottom) / 2,
      runs: [...entryRuns].sort((a, b) => a - b).map((i) => runs[i] as TextRun),
    });
  });
  return placements;
}
