import type { Line } from './types';
import { UNSPACED_LETTERS } from '../lexicon/compile';

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

/** Han and kana: scripts written without spaces, where one token can be a whole sentence. */
const UNSPACED = new RegExp(`[${UNSPACED_LETTERS}]`, 'gu');

/**
 * How many words a text has. A run of Han or kana counts a word per two characters, about the
 * length of a Chinese or Japanese word: "教育背景" is two words, a sentence many, not one.
 */
export function wordCount(text: string): number {
  // "&", "–" and "|" stand between words without being any: "Publications & Preprints" has two.
  let n = 0;
  for (const token of text.split(/\s+/)) {
    const unspaced = token.match(UNSPACED)?.length ?? 0;
    const rest = token.replace(UNSPACED, '');
    n += Math.ceil(unspaced / 2) + (/[\p{L}\p{N}]/u.test(rest) ? 1 : 0);
  }
  return n;
}
