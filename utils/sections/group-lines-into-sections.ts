import type { Line } from '../document/types';
import { withoutFirstCell } from '../document/without-first-cell';
import { bodyFontSize } from './body-font-size';
import { headingLevel } from './heading-level';
import type { LinearChainModel } from '../learn/linear-chain';
import { findHeadingLines, HEADING_MODEL } from './heading-model';
import { findRowLabels, ROW_LABEL_MODEL, type RowLabel } from './row-label-model';
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

/** The two fitted models that find a document's headings: rows whose first cell heads a section, then whole lines. */
export interface SectionModels {
  heading: LinearChainModel;
  rowLabel: LinearChainModel;
}

const SHIPPED_SECTION_MODELS: SectionModels = { heading: HEADING_MODEL, rowLabel: ROW_LABEL_MODEL };

/**
 * Each line's part in the sections: the label a row-label reading found on it (its first line heads
 * the section, each of its lines keeps its text after the label as body), else a heading or body as
 * the heading model reads the whole line.
 */
function markLines(lines: readonly Line[], models: SectionModels): (RowLabel | 'heading' | 'body')[] {
  const headings = findHeadingLines(lines, models.heading);
  const marks: (RowLabel | 'heading' | 'body')[] = headings.map((h) => (h ? 'heading' : 'body'));
  for (const label of findRowLabels(lines, models.rowLabel)) for (const i of label.lines) marks[i] = label;
  return marks;
}

/** Splits the document's lines into sections at the headings the fitted models find. */
export function groupLinesIntoSections(
  lines: Line[],
  models: SectionModels = SHIPPED_SECTION_MODELS,
): Section[] {
  const bodySize = bodyFontSize(lines);
  const marks = markLines(lines, models);
  const sections: Section[] = [{ kinds: ['header'], heading: null, headingLevel: null, lines: [] }];
  let subheading: string | null = null;
  for (const [i, line] of lines.entries()) {
    const current = sections[sections.length - 1]!;
    const mark = marks[i]!;
    if (mark === 'body') {
      current.lines.push({ line, subheading });
      continue;
    }
    // A row label heads the section on its first line; its lines' text after the label is the section's.
    const rest = mark === 'heading' ? null : withoutFirstCell(line);
    if (mark !== 'heading' && mark.lines[0] !== i) {
      if (rest) current.lines.push({ line: rest, subheading });
      continue;
    }
    const text = mark === 'heading' ? line.text : mark.text;
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
