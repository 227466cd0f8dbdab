import type { Run } from '../../document/types';

/** Inline markup plain-text CVs often carry: **bold**, *italic* / _italic_, [text](url), <url>. */
const INLINE =
  /\*\*(.+?)\*\*|__(.+?)__|\[([^\]]+)\]\(([^)\s]+)\)|<((?:https?:\/\/|mailto:)[^>\s]+)>|(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])|(?<![\w_])_(?!\s)(.+?)(?<!\s)_(?![\w_])/g;

/** Runs of one line of text, reading light Markdown; text without markup is one plain run. */
export function markdownRuns(text: string): Run[] {
  const runs: Run[] = [];
  const plain = (t: string): void => {
    if (t) runs.push({ text: t, bold: false, italic: false, href: null });
  };
  let last = 0;
  INLINE.lastIndex = 0;
  for (let m = INLINE.exec(text); m; m = INLINE.exec(text)) {
    plain(text.slice(last, m.index));
    last = m.index + m[0].length;
    if (m[1] !== undefined || m[2] !== undefined) {
      runs.push({ text: m[1] ?? m[2] ?? '', bold: true, italic: false, href: null });
    } else if (m[3] !== undefined) {
      runs.push({ text: m[3], bold: false, italic: false, href: m[4] ?? null });
    } else if (m[5] !== undefined) {
      runs.push({ text: m[5].replace(/^mailto:/, ''), bold: false, italic: false, href: m[5] });
    } else {
      runs.push({ text: m[6] ?? m[7] ?? '', bold: false, italic: true, href: null });
    }
  }
  plain(text.slice(last));
  return runs;
}
