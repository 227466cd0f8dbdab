import type { LaidLine } from './types';

/** Letters of the first cell, and how many are bold (a date beside a heading is not). */
function letters(line: LaidLine): { all: number; bold: number } {
  let all = 0;
  let bold = 0;
  for (const cell of line.cells.slice(0, 1)) {
    for (const run of cell.runs) {
      const n = run.text.replace(/[^\p{L}]/gu, '').length;
      all += n;
      if (run.bold) bold += n;
    }
  }
  return { all, bold };
}

/** Body text size: the size most characters are set in. */
export function bodySize(lines: LaidLine[]): number {
  const weight = new Map<number, number>();
  for (const l of lines) {
    const key = Math.round(l.size * 4) / 4;
    const n = l.cells.reduce((s, c) => s + c.text.length, 0);
    weight.set(key, (weight.get(key) ?? 0) + n);
  }
  return [...weight].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
}

/**
 * Headings by layout: a short line set clearly larger than the body (≥ 25 %, not an
 * affiliation line at 11pt under 9.5pt text), or larger and bold (≥ 8 %, \large over 11pt), or bold capitals at body size ("FACULTY CANDIDACIES").
 * Levels rank the heading sizes: the largest (usually the name) is 1.
 */
export function markHeadings(lines: LaidLine[]): void {
  const body = bodySize(lines);
  const sizes: number[] = [];
  for (const line of lines) {
    const text = line.cells[0]!.text;
    const words = text.split(/\s+/).length;
    const { all, bold } = letters(line);
    const allBold = all > 0 && bold / all >= 0.9;
    if (all < 2 || words > 12 || text.length > 90 || line.cells.length > 2) continue;
    const big = line.leadSize >= body * 1.25 || (allBold && line.leadSize >= body * 1.08);
    const caps =
      allBold &&
      line.leadSize >= body * 0.95 &&
      words <= 6 &&
      !/[0-9]/.test(text) &&
      text === text.toUpperCase();
    if (!big && !caps) continue;
    line.heading = true;
    sizes.push(Math.round(line.leadSize * 2) / 2);
  }
  const ranked = [...new Set(sizes)].sort((a, b) => b - a);
  for (const line of lines) {
    if (!line.heading) continue;
    const size = Math.round(line.leadSize * 2) / 2;
    line.headingLevel = Math.min(6, ranked.indexOf(size) + 1);
  }
}
