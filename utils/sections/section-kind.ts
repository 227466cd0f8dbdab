import { comparisonKey } from '../document/normalize-text';
import { decode, type LinearChainModel } from '../learn/linear-chain';
import { UNSETTLED_WORDING } from '../lexicon/section-headings';
import fitted from './section-kind-model.json';
import { matchHeadingWording } from './match-heading-wording';
import { sectionKindFeatures } from './section-kind-features';
import { SECTION_KINDS, type Section, type SectionKind } from './types';

/** Where `npm run train` writes the fitted weights, relative to the repository. */
export const SECTION_KIND_MODEL_FILE = 'utils/sections/section-kind-model.json';

/** The shipped weights; labels are the section kinds but 'header'. */
export const SECTION_KIND_MODEL: LinearChainModel = fitted;

/** Kinds the heading lexicon may leave to the model: they say little about the entries below. */
const VAGUE_KINDS = new Set<SectionKind>(['research', 'about', 'contact', 'references', 'other']);

/**
 * Whether the heading's wording settles its kind: the lexicon names a CV section in it ("Selected
 * Publications & Preprints", "Expérience professionnelle / Professional experience"). Other
 * headings ("Research Assistance", "Other activities", "Miscellaneous", "Affiliations") are judged by
 * the fitted section-kind model from their words and their content.
 */
export function wordingSettlesKind(section: Section): boolean {
  if (section.heading === null) return true;
  if (UNSETTLED_WORDING.test(comparisonKey(section.heading))) return false;
  return matchHeadingWording(section.heading).kinds.some((k) => !VAGUE_KINDS.has(k));
}

/** The kind the section-kind model gives a section, from its heading's words and its lines. */
export function predictSectionKind(
  section: Section,
  model: LinearChainModel = SECTION_KIND_MODEL,
): SectionKind {
  const [label] = decode(model, [sectionKindFeatures(section)]);
  const kind = model.labels[label ?? -1];
  return SECTION_KINDS.find((k) => k === kind) ?? 'other';
}

/** The sections with the model's kind wherever the wording does not settle it. */
export function assignSectionKinds(
  sections: readonly Section[],
  model: LinearChainModel = SECTION_KIND_MODEL,
): Section[] {
  return sections.map((s) =>
    wordingSettlesKind(s) || s.kinds[0] === 'header' ? s : { ...s, kinds: [predictSectionKind(s, model)] },
  );
}
