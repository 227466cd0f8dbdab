export { groupLinesIntoSections } from './group-lines-into-sections';
export { matchHeadingWording } from './match-heading-wording';
export { explainHeading, findHeadingLines } from './heading-model';
export type { Section, SectionKind, SectionLine } from './types';
