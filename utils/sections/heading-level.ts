import type { Line } from '../document/types';

/**
 * A comparable depth for a heading: its tag level in HTML, a font-size rank in PDFs, and for headings
 * known only by style (bold, capitals) a level below every tagged one.
 */
export function headingLevel(line: Line, bodySize: number | null): number | null {
  if (line.headingLevel !== null) return line.headingLevel;
  if (line.fontSize !== null && bodySize !== null && line.fontSize > bodySize) {
    return Math.max(1, Math.round(7 - (line.fontSize / bodySize - 1) * 10));
  }
  return null;
}
