import type { Line } from '../document/types';

/** Every kind of section, in one tuple: the section-kind model's labels are these but 'header'. */
export const SECTION_KINDS = [
  'education',
  'positions',
  'publications',
  'talks',
  'teaching',
  'awards',
  'service',
  'skills',
  'students',
  'patents',
  'software',
  'research',
  'about',
  'contact',
  'references',
  'header',
  'other',
] as const;

export type SectionKind = (typeof SECTION_KINDS)[number];

/** The kinds of section only a CV (or a profile page) has: what tells a CV from other pages. */
export const CV_SECTION_KINDS: readonly SectionKind[] = SECTION_KINDS.slice(0, 11);

/** A line of a section, with the sub-heading it sits under ("Workshop papers", "Lecturer"). */
export interface SectionLine {
  line: Line;
  subheading: string | null;
}

export interface Section {
  /** One kind, or several for combined headings ("Awards & Service"); ['header'] before any heading. */
  kinds: SectionKind[];
  heading: string | null;
  headingLevel: number | null;
  lines: SectionLine[];
}

/** Why a line was or was not taken as a heading: each feature that fired, with its weight. */
export interface HeadingVerdict {
  score: number;
  reasons: string[];
}
