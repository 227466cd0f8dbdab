import type { Line } from './types';

/** Share of the line's letters that sit in bold runs (0–1). */
export function boldShare(line: Line): number {
  let bold = 0;
  let all = 0;
  for (const cell of line.cells) {
    for (const run of cell.runs) {
      const n = run.text.replace(/\s/g, '').length;
      all += n;
      if (run.bold) bold += n;
    }
  }
  return all === 0 ? 0 : bold / all;
}

/** Every run of the line, cells in order. */
export function lineRuns(line: Line): Line['cells'][number]['runs'] {
  return line.cells.flatMap((c) => c.runs);
}

export function wordCount(text: string): number {
  // "&", "–" and "|" stand between words without being any: "Publications & Preprints" has two.
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}
