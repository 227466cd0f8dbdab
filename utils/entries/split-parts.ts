import type { Run } from '../document/types';
import { trimPunctuation } from '../document/normalize-text';

/** Separators that always divide an entry's parts: dashes with spaces, bars, middle dots. */
const STRONG = /\s+[—–|·•]\s+|\s+-\s+|\s*\|\s*|\s*·\s*/;

/** The parts of a header that spans one or several lines; each line of a multi-line header is whole. */
export function headerParts(texts: { text: string; runs: Run[] }[]): string[] {
  return texts.flatMap((t) => splitParts(t.text, t.runs, texts.length > 1));
}

/** Splits at commas that are not inside brackets. */
export function splitCommas(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(' || ch === '[') depth++;
    if (ch === ')' || ch === ']') depth = Math.max(0, depth - 1);
    if ((ch === ',' || ch === ';') && depth === 0) {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts.map(trimPunctuation).filter(Boolean);
}

/** Where a leading bold (or italic) run ends, when it is a strict prefix of the text. */
function styledPrefix(runs: Run[]): string | null {
  const first = runs.find((r) => r.text.trim());
  if (!first || !(first.bold || first.italic)) return null;
  const rest = runs
    .slice(runs.indexOf(first) + 1)
    .map((r) => r.text)
    .join('')
    .trim();
  return rest ? first.text.trim() : null;
}

/**
 * The parts of an entry's header text: first by strong separators ("Org — Role", "Role | Org"); a
 * single part is then split where a leading bold run ends ("**DPhil ML** Department of CS"), and
 * failing that at commas ("AI Resident, X").
 */
export function splitParts(text: string, runs: Run[], strongOnly = false): string[] {
  const strong = text.split(STRONG).map(trimPunctuation).filter(Boolean);
  if (strong.length > 1 || strongOnly) return strong;
  const prefix = styledPrefix(runs);
  if (prefix && text.startsWith(prefix)) {
    const rest = trimPunctuation(text.slice(prefix.length));
    if (rest && !rest.startsWith('(')) return [trimPunctuation(prefix), rest];
  }
  return splitCommas(text);
}
