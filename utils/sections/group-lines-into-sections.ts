import type { Line } from '../document/types';
import { withoutFirstCell } from '../document/without-first-cell';
import { bodyFontSize } from './body-font-size';
import { headingLevel } from './heading-level';
import type { LinearChainModel } from '../learn/linear-chain';
import { findHeadingLines, HEADING_MODEL } from './heading-model';
import { matchHeadingWording } from './match-heading-wording';
import type { Section, SectionKind } from './types';

const CV_KINDS = new Set<SectionKind>(['header', 'other', 'about', 'contact']);

function cleanHeading(text: string): string {
  return text.replace(/[:\s]+$/, '').trim();
}

/** A heading's section number in its parts ("4.1 Doctoral Students" → 4, 1; "A.3. Education" → A, 3). */
const SECTION_NUMBER_PARTS = /^((?:\d{1,2}|[A-Z](?=\.))(?:\.\d{1,2}){0,3})[.)]?\s+(?=\p{Lu})/u;

function sectionNumberParts(heading: string | null): string[] | null {
  const match = heading === null ? null : SECTION_NUMBER_PARTS.exec(heading);
  return match ? match[1]!.split('.') : null;
}

/**
 * Whether a heading found inside a section only refines it ("Workshop papers" under Publications,
 * "Lecturer" under Teaching) rather than starting a new one.
 */
function refinesCurrent(
  current: Section,
  text: string,
  kinds: SectionKind[],
  exact: boolean,
  level: number | null,
): boolean {
  if (current.kinds.some((k) => CV_KINDS.has(k))) return false;
  // A numbered sub-heading belongs to the section its number's first part names: "4.1 Doctoral
  // Students Supervised" under "2 Professional Experience" starts section 4 even where its heading,
  // "4 Student Supervision", was not found.
  const outer = sectionNumberParts(current.heading);
  const inner = sectionNumberParts(text);
  if (outer && inner && inner.length > 1 && inner[0] !== outer[0]) return false;
  const deeper = level !== null && current.headingLevel !== null && level > current.headingLevel;
  const untagged = level === null && current.headingLevel !== null;
  if (!deeper && !untagged) return false;
  if (kinds.length === 0) return true;
  const sameKind = kinds.some((k) => current.kinds.includes(k));
  // A deeper heading that plainly names another section ("Teaching" under "Experience") starts it.
  return sameKind || !exact;
}

/** Splits the document's lines into sections at the headings the fitted heading model finds. */
export function groupLinesIntoSections(
  lines: Line[],
  headingModel: LinearChainModel = HEADING_MODEL,
): Section[] {
  const bodySize = bodyFontSize(lines);
  const marks = findHeadingLines(lines, headingModel);
  const sections: Section[] = [{ kinds: ['header'], heading: null, headingLevel: null, lines: [] }];
  let subheading: string | null = null;
  for (const [i, line] of lines.entries()) {
    const current = sections[sections.length - 1]!;
    if (marks[i] === 'body') {
      current.lines.push({ line, subheading });
      continue;
    }
    // A row label heads the section with its first cell; the rest of its row is the section's first line.
    const rest = marks[i] === 'row label' ? withoutFirstCell(line) : null;
    const text = rest ? line.cells[0]!.text : line.text;
    const { kinds, exact } = matchHeadingWording(text);
    const level = headingLevel(line, bodySize);
    if (refinesCurrent(current, text, kinds, exact, level)) {
      subheading = cleanHeading(text);
    } else if (kinds.length === 0 && current.kinds[0] === 'header' && line.headingLevel === 1) {
      // The page title (an h1 with the person's name) before any section stays in the header.
      current.lines.push({ line, subheading });
      continue;
    } else {
      subheading = null;
      sections.push({
        kinds: kinds.length > 0 ? kinds : ['other'],
        heading: cleanHeading(text),
        headingLevel: level,
        lines: [],
      });
    }
    if (rest) sections[sections.length - 1]!.lines.push({ line: rest, subheading });
  }
  return sections;
}
