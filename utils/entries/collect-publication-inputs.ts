import type { PublicationInput } from '../publications/index';
import type { Line } from '../document/types';
import type { SectionLine } from '../sections/types';
import { collapseWhitespace, stripLeadingBullet } from '../document/normalize-text';
import { findDateRanges } from './parse-date-range';

/** A reference number at the start of a line: "1.", "[12]", "(3)". */
const ENUMERATED = /^(?:\d{1,3}[.)]|\[\d{1,3}\]|\(\d{1,3}\))\s+\S/;

interface PubBlock {
  lines: Line[];
  hint: string | null;
}

function blocksOf(lines: SectionLine[], heading: string | null): PubBlock[] {
  const blocks: PubBlock[] = [];
  let lastBlock = -1;
  let lastHint: string | null | undefined;
  for (const { line, subheading } of lines) {
    const hint = subheading ?? heading;
    // A numbered line ("2. A. Author, …") starts a reference even inside one paragraph of <br> lines.
    const numbered = line.kind !== 'list-item' && ENUMERATED.test(line.text);
    if (line.block === lastBlock && hint === lastHint && !numbered)
      blocks[blocks.length - 1]!.lines.push(line);
    else blocks.push({ lines: [line], hint });
    lastBlock = line.block;
    lastHint = hint;
  }
  return blocks;
}

/** A block that reads as a reference: long enough, with a year, a comma-separated list or a title mark. */
function readsAsReference(text: string): boolean {
  if (text.length < 30) return false;
  return findDateRanges(text).length > 0 || /[,;].*[.]/.test(text) || /["“”]/.test(text);
}

/**
 * One publication input per entry of the publication sections. When a section lists its publications
 * as list items, the paragraphs beside them are notes and legends, not publications.
 */
export function collectPublicationInputs(
  sections: { heading: string | null; lines: SectionLine[] }[],
): PublicationInput[] {
  const inputs: PublicationInput[] = [];
  for (const section of sections) {
    const blocks = blocksOf(section.lines, section.heading);
    const listBlocks = blocks.filter(
      (b) => b.lines[0]!.kind === 'list-item' || b.lines[0]!.kind === 'table-row',
    );
    const chosen = listBlocks.length >= 2 ? listBlocks : blocks;
    for (const block of chosen) {
      const raw = stripLeadingBullet(collapseWhitespace(block.lines.map((l) => l.text).join(' ')));
      if (!readsAsReference(raw)) continue;
      inputs.push({
        raw,
        runs: block.lines.flatMap((l) => l.cells.flatMap((c) => c.runs)),
        sectionHint: block.hint,
      });
    }
  }
  return inputs;
}
