import { comparisonKey } from '../document/normalize-text';
import { HEADING_MODIFIERS } from '../lexicon/section-headings';
import { HEADING_WORDINGS } from './heading-wordings';
import type { SectionKind } from './types';

export interface WordingMatch {
  kinds: SectionKind[];
  /** True when every word of the text is heading vocabulary ("Selected Publications & Preprints"). */
  exact: boolean;
}

function kindOf(part: string): SectionKind | null {
  for (const { kind, pattern } of HEADING_WORDINGS) if (pattern.test(part)) return kind;
  return null;
}

/**
 * The section kinds a heading's wording names. Combined headings ("Awards & Service", "Honors and
 * Grants") are split at "and", "&", "/" and commas, each part giving its kind.
 */
export function matchHeadingWording(text: string): WordingMatch {
  const key = comparisonKey(text.replace(/[:.]+\s*$/, ''));
  if (!key || key.split(' ').length > 8) return { kinds: [], exact: false };
  const parts = text
    .split(/\s*(?:&|\+|\/|,|;|\band\b|\bet\b|\bund\b|\by\b)\s*/i)
    .map(comparisonKey)
    .filter(Boolean);
  const kinds: SectionKind[] = [];
  for (const part of parts.length > 0 ? parts : [key]) {
    const kind = kindOf(part);
    if (kind && !kinds.includes(kind)) kinds.push(kind);
  }
  if (kinds.length === 0) {
    const whole = kindOf(key);
    if (whole) kinds.push(whole);
  }
  const exact =
    kinds.length > 0 &&
    key
      .split(' ')
      .every(
        (word) => HEADING_MODIFIERS.has(word) || HEADING_WORDINGS.some(({ pattern }) => pattern.test(word)),
      );
  return { kinds, exact };
}
