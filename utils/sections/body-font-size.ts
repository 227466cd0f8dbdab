import type { Line } from '../document/types';

/** The most common font size, weighted by text length: the body text size of a PDF; null in HTML. */
export function bodyFontSize(lines: Line[]): number | null {
  const weight = new Map<number, number>();
  for (const line of lines) {
    if (line.fontSize === null) continue;
    const size = Math.round(line.fontSize * 2) / 2;
    weight.set(size, (weight.get(size) ?? 0) + line.text.length);
  }
  let best: number | null = null;
  let bestWeight = -1;
  for (const [size, w] of weight) {
    if (w > bestWeight) {
      best = size;
      bestWeight = w;
    }
  }
  return best;
}
