import {
  HEADING_ALONE as LEXICON_ALONE,
  HEADING_WORDINGS as LEXICON_WORDINGS,
  wordingKind as lexiconWordingKind,
} from '../lexicon/section-headings';
import { SECTION_KINDS, type SectionKind } from './types';

const isSectionKind = (kind: string): kind is SectionKind =>
  (SECTION_KINDS as readonly string[]).includes(kind);

/** A kind the lexicon names, as a section kind: one the reader does not know is a lexicon error. */
function sectionKind(kind: string): SectionKind {
  if (!isSectionKind(kind)) throw new Error(`section-headings.json names an unknown section kind "${kind}"`);
  return kind;
}

/**
 * The lexicon's heading words per section kind (utils/lexicon/section-headings.json), in its order:
 * the first kind whose wording matches wins.
 */
export const HEADING_WORDINGS: readonly { kind: SectionKind; pattern: RegExp }[] = LEXICON_WORDINGS.map(
  ({ kind, pattern }) => ({ kind: sectionKind(kind), pattern }),
);

/** The section kind a heading's comparison key names (the lexicon's first kind whose words it holds). */
export function wordingKind(key: string): SectionKind | null {
  const kind = lexiconWordingKind(key);
  return kind === null ? null : sectionKind(kind);
}

/** Words that name a section kind only when they are the whole heading ("Latest"), with that kind. */
export const HEADING_ALONE: ReadonlyMap<string, SectionKind> = new Map(
  [...LEXICON_ALONE].map(([word, kind]): [string, SectionKind] => [word, sectionKind(kind)]),
);
