import type { Line } from '../document/types';
import { boldShare, wordCount } from '../document/line-style';
import { ROLE } from '../entries/lexicon';
import { findDateRanges } from '../entries/parse-date-range';
import { matchHeadingWording } from './match-heading-wording';
import type { Feature } from './score-features';

/** What a heading decision looks at: the line, and facts about its neighbourhood. */
export interface HeadingSubject {
  line: Line;
  /** Whether no other line shares the line's block. */
  aloneInBlock: boolean;
  /** The document's usual font size (PDF), or null. */
  bodyFontSize: number | null;
}

const letters = (text: string): string => text.replace(/[^\p{L}]/gu, '');

/** Features of a heading line, with weights; a line scoring HEADING_THRESHOLD or more is a heading. */
export const HEADING_FEATURES: readonly Feature<HeadingSubject>[] = [
  { name: 'heading tag', weight: 4, test: (s) => s.line.kind === 'heading' },
  { name: 'names a section', weight: 1, test: (s) => matchHeadingWording(s.line.text).kinds.length > 0 },
  { name: 'only section words', weight: 3, test: (s) => matchHeadingWording(s.line.text).exact },
  { name: 'short', weight: 1, test: (s) => wordCount(s.line.text) <= 6 },
  { name: 'long', weight: -4, test: (s) => wordCount(s.line.text) > 10 },
  { name: 'all bold', weight: 1.5, test: (s) => boldShare(s.line) > 0.9 },
  {
    name: 'all capitals',
    weight: 1.5,
    test: (s) =>
      letters(s.line.text).length >= 3 && letters(s.line.text) === letters(s.line.text).toUpperCase(),
  },
  { name: 'ends with a colon', weight: 0.5, test: (s) => /:\s*$/.test(s.line.text) },
  { name: 'alone in its block', weight: 0.5, test: (s) => s.aloneInBlock },
  {
    name: 'larger font',
    weight: 2.5,
    test: (s) =>
      s.line.fontSize !== null && s.bodyFontSize !== null && s.line.fontSize >= s.bodyFontSize * 1.15,
  },
  // A job title ends in its role ("Teaching Assistant", "Research Fellow"); a heading ends in a section word.
  {
    name: 'ends in a role',
    weight: -2,
    test: (s) =>
      !matchHeadingWording(s.line.text).exact && ROLE.test(s.line.text.trim().split(/\s+/).pop() ?? ''),
  },
  { name: 'holds a date', weight: -3, test: (s) => findDateRanges(s.line.text).length > 0 },
  { name: 'holds an address', weight: -4, test: (s) => /@|https?:|www\./.test(s.line.text) },
  { name: 'ends a sentence', weight: -1.5, test: (s) => /[.;,]\s*$/.test(s.line.text) },
  // Navigation ("Home · Papers · Teaching") is links; a heading is rarely a link through and through.
  {
    name: 'a link',
    weight: -3,
    test: (s) => s.line.cells.every((c) => c.runs.length > 0 && c.runs.every((r) => r.href !== null)),
  },
  { name: 'list item', weight: -3, test: (s) => s.line.kind === 'list-item' },
  { name: 'several cells', weight: -3, test: (s) => s.line.cells.length > 1 },
];

export const HEADING_THRESHOLD = 4.5;
