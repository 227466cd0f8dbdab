import type { CvDocument, Line, LineKind } from '../../document/types';
import { buildCell, buildLine } from '../../document/build-line';
import { emptyMetadata } from '../../document/empty-metadata';
import { limitDocument } from '../../document/limits';
import { markdownRuns } from './markdown-runs';

const LIST_MARKER = /^(\s*)(?:[-*+•▪◦●■◆✦✧★–]\s+|\d{1,3}[.)]\s+|\(\d{1,3}\)\s+|\[\d{1,3}\]\s+)/;
const MD_HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
/** A wide gap (a tab or three spaces) separates columns in text exported from a layout. */
const COLUMN_GAP = /\t+| {3,}/;
// An address starts where a word starts: rescanning a long word from each of its characters is quadratic.
const URL_OR_EMAIL = /(https?:\/\/[^\s<>()]+|www\.[^\s<>()]+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+)/g;

function lineOf(raw: string, block: number): Line | null {
  const heading = MD_HEADING.exec(raw);
  if (heading) {
    return buildLine([buildCell(markdownRuns(heading[2] ?? ''))], {
      kind: 'heading',
      block,
      headingLevel: heading[1]!.length,
    });
  }
  const marker = LIST_MARKER.exec(raw);
  const kind: LineKind = marker ? 'list-item' : 'line';
  const indent = marker ? marker[1]!.length : (/^\s*/.exec(raw)?.[0].length ?? 0);
  const body = marker ? raw.slice(marker[0].length) : raw.trim();
  const cells = body
    .trim()
    .split(COLUMN_GAP)
    .map((part) => buildCell(markdownRuns(part)));
  return buildLine(cells, { kind, block, depth: Math.floor(indent / 2) });
}

/**
 * The CV document of a plain-text CV. Blank lines separate blocks; list markers, light Markdown and
 * wide gaps (columns) are read as the HTML acquirer reads lists, bold/italic runs and cells.
 */
export function acquireText(text: string): CvDocument {
  const lines: Line[] = [];
  const links: string[] = [];
  let block = 0;
  let previousBlank = true;
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (raw.trim() === '') {
      previousBlank = true;
      continue;
    }
    const isListItem = LIST_MARKER.test(raw);
    // A flush-left line with a column gap is a row of a laid-out table ("2019-2022   Instructor, MIT"):
    // each row starts an entry, as an HTML table row does; indented lines continue the row above.
    const isRow = /^\S/.test(raw) && COLUMN_GAP.test(raw.trim());
    if (previousBlank || isListItem || isRow || MD_HEADING.test(raw)) block++;
    previousBlank = false;
    const line = lineOf(raw, block);
    if (!line) continue;
    lines.push(line);
    for (const run of line.cells.flatMap((c) => c.runs)) if (run.href) links.push(run.href);
    for (const m of line.text.matchAll(URL_OR_EMAIL)) {
      const found = m[0].replace(/[.,;]+$/, '');
      links.push(found.includes('@') && !found.includes('/') ? `mailto:${found}` : found);
    }
  }
  return limitDocument({
    source: { kind: 'text', url: null, title: null, pages: null },
    lines,
    links: [...new Set(links)],
    meta: emptyMetadata(),
  });
}
