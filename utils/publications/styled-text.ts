import type { Run } from '../document/types';

/** Entry text with per-character style, so spans can be cut without losing bold/italic. */
export interface StyledText {
  text: string;
  bold: boolean[];
  italic: boolean[];
}

function collapse(st: StyledText): StyledText {
  let text = '';
  const bold: boolean[] = [];
  const italic: boolean[] = [];
  for (let i = 0; i < st.text.length; i++) {
    const ch = /\s/.test(st.text[i]!) ? ' ' : st.text[i]!;
    if (ch === ' ' && (text.length === 0 || text.endsWith(' '))) continue;
    text += ch;
    bold.push(st.bold[i] ?? false);
    italic.push(st.italic[i] ?? false);
  }
  while (text.endsWith(' ')) {
    text = text.slice(0, -1);
    bold.pop();
    italic.pop();
  }
  return { text, bold, italic };
}

function fromRuns(runs: Run[]): StyledText {
  let text = '';
  const bold: boolean[] = [];
  const italic: boolean[] = [];
  for (const run of runs) {
    text += run.text;
    for (let i = 0; i < run.text.length; i++) {
      bold.push(run.bold);
      italic.push(run.italic);
    }
  }
  return { text, bold, italic };
}

/**
 * Applies one Markdown emphasis pattern: text acquired from Markdown-like sources keeps
 * "**bold**" and "*italic*" markers, which carry the same signal as HTML runs.
 */
function applyMarker(st: StyledText, pattern: RegExp, style: 'bold' | 'italic'): StyledText {
  let text = '';
  const bold: boolean[] = [];
  const italic: boolean[] = [];
  let last = 0;
  const copy = (from: number, to: number, mark: boolean) => {
    for (let i = from; i < to; i++) {
      text += st.text[i];
      bold.push((st.bold[i] ?? false) || (mark && style === 'bold'));
      italic.push((st.italic[i] ?? false) || (mark && style === 'italic'));
    }
  };
  for (const m of st.text.matchAll(pattern)) {
    const lead = m[1] ?? '';
    const inner = m[2] ?? '';
    const markerLength = (m[0].length - lead.length - inner.length) / 2;
    const start = m.index + lead.length;
    copy(last, start, false);
    copy(start + markerLength, start + markerLength + inner.length, true);
    last = start + 2 * markerLength + inner.length;
  }
  copy(last, st.text.length, false);
  return { text, bold, italic };
}

const MD_BOLD = /(^|[^*\\])\*\*(?=\S)([^*]+?)\*\*/g;
const MD_ITALIC = /(^|[\s([{])[*_](?=[^\s*_])([^*_]+?)(?<=\S)[*_](?=[\s.,;:)\]]|$)/g;

/** Builds the styled text of an entry from its runs, or from Markdown markers in the raw text. */
export function styledFromInput(raw: string, runs: Run[]): StyledText {
  const joined = runs.map((r) => r.text).join('');
  const styled = runs.some((r) => r.bold || r.italic);
  const squash = (s: string) => s.replace(/\s+/g, '');
  if (styled && squash(joined).length >= squash(raw).length * 0.9) return collapse(fromRuns(runs));
  let st: StyledText = { text: raw, bold: [], italic: [] };
  if (/\*\*\S/.test(raw)) st = applyMarker(st, MD_BOLD, 'bold');
  if (/[*_]\S/.test(st.text)) st = applyMarker(st, MD_ITALIC, 'italic');
  return collapse(st);
}

/** Replaces a span by spaces so other offsets stay valid. */
export function blank(st: StyledText, start: number, end: number): void {
  st.text = st.text.slice(0, start) + ' '.repeat(end - start) + st.text.slice(end);
  for (let i = start; i < end; i++) {
    st.bold[i] = false;
    st.italic[i] = false;
  }
}
