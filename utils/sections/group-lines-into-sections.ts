import type { Line } from '../document/types';
import { bodyFontSize } from './body-font-size';
import { headingLevel } from './heading-level';
import { judgeHeading } from './judge-heading';
import { matchHeadingWording } from './match-heading-wording';
import type { Section, SectionKind } from './types';

const CV_KINDS = new Set<SectionKind>(['header', 'other', 'about', 'contact']);

function cleanHeading(text: string): string {
  return text.replace(/[:\s]+$/, '').trim();
}

/**
 * Whether a heading found inside a section only refines it ("Workshop papers" under Publications,
 * "Lecturer" under Teaching) rather than starting a new one.
 */
function refinesCurrent(
  current: Section,
  kinds: SectionKind[],
  exact: boolean,
  level: number | null,
): boolean {
  if (current.kinds.some((k) => CV_KINDS.has(k))) return false;
  const deeper = level !== null && current.headingLevel !== null && level > current.headingLevel;
  const untagged = level === null && current.headingLevel !== null;
  if (!deeper && !untagged) return false;
  if (kinds.length === 0) return true;
  const sameKind = kinds.some((k) => current.kinds.includes(k));
  // A deeper heading that plainly names another section ("Teaching" under "Experience") starts it.
  return sameKind || !exact;
}

/** Splits the document's lines into sections by headings found by wording and by layout. */
export function groupLinesIntoSections(lines: Line[]): Section[] {
  const bodySize = bodyFontSize(lines);
  const blockSizes = new Map<number, number>();
  for (const line of lines) blockSizes.set(line.block, (blockSizes.get(line.block) ?? 0) + 1);
  const sections: Section[] = [{ kinds: ['header'], heading: null, headingLevel: null, lines: [] }];
  let subheading: string | null = null;
  for (const line of lines) {
    const current = sections[sections.length - 1]!;
    const verdict = judgeHeading(line, blockSizes.get(line.block) === 1, bodySize);
    if (!verdict.isHeading) {
      current.lines.push({ line, subheading });
      continue;
    }
    const { kinds, exact } = matchHeadingWording(line.text);
    const level = headingLevel(line, bodySize);
    if (refinesCurrent(current, kinds, exact, level)) {
      subheading = cleanHeading(line.text);
      continue;
    }
    // The page title (an h1 with the person's name) before any section stays in the header.
    if (kinds.length === 0 && current.kinds[0] === 'header' && line.headingLevel === 1) {
      current.lines.push({ line, subheading });
      continue;
    }
    subheading = null;
    sections.push({
      kinds: kinds.length > 0 ? kinds : ['other'],
      heading: cleanHeading(line.text),
      headingLevel: level,
      lines: [],
    });
  }
  return sections;
}
