export { groupLinesIntoSections } from './group-lines-into-sections';
export { matchHeadingWording } from './match-heading-wording';
export { judgeHeading } from './judge-heading';
export type { Section, SectionKind, SectionLine } from './types';
