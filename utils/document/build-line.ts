import type { Cell, Line, LineKind, Run } from './types';
import { collapseWhitespace } from './normalize-text';

/** Merges neighbouring runs of one style and collapses whitespace, so texts compare cleanly. */
export function tidyRuns(runs: Run[]): Run[] {
  const merged: Run[] = [];
  for (const run of runs) {
    const last = merged[merged.length - 1];
    if (last && last.bold === run.bold && last.italic === run.italic && last.href === run.href) {
      last.text += run.text;
    } else {
      merged.push({ ...run });
    }
  }
  const tidy: Run[] = [];
  merged.forEach((run, i) => {
    // One hyphen: "Sun‑like" with U+2011 is "Sun-like" to every later pattern (names, titles).
    let text = run.text.replace(/[\s\u00a0]+/g, ' ').replace(/[\u2010\u2011]/g, '-');
    if (i === 0) text = text.trimStart();
    if (i === merged.length - 1) text = text.trimEnd();
    if (text) tidy.push({ ...run, text });
  });
  return tidy;
}

export function buildCell(runs: Run[], x: number | null = null, right: number | null = null): Cell {
  const tidy = tidyRuns(runs);
  return { runs: tidy, text: collapseWhitespace(tidy.map((r) => r.text).join('')), x, right };
}

export interface LineShape {
  kind: LineKind;
  block: number;
  headingLevel?: number | null;
  depth?: number;
  page?: number;
  fontSize?: number | null;
  y?: number | null;
}

/** A line from its cells; empty cells are dropped, and the text is the cells joined by one space. */
export function buildLine(cells: Cell[], shape: LineShape): Line | null {
  const kept = cells.filter((c) => c.text.length > 0);
  if (kept.length === 0) return null;
  return {
    cells: kept,
    text: collapseWhitespace(kept.map((c) => c.text).join(' ')),
    kind: shape.kind,
    headingLevel: shape.headingLevel ?? null,
    fontSize: shape.fontSize ?? null,
    page: shape.page ?? 1,
    y: shape.y ?? null,
    depth: shape.depth ?? 0,
    block: shape.block,
  };
}

/** Plain-text run (no style, no link). */
export function plainRun(text: string): Run {
  return { text, bold: false, italic: false, href: null };
}
