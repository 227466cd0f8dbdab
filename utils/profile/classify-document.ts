import type { Line } from '../document/types';
import type { Section, SectionKind } from '../sections/types';
import type { DocumentKind } from './types';
import type { Feature } from '../sections/score-features';
import { scoreFeatures } from '../sections/score-features';

const CV_SECTION_KINDS = new Set<SectionKind>([
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
]);
const SALUTATION = /^(dear\b|to whom it may concern|madame|monsieur|sehr geehrte|estimad[oa]s?)/i;
const CLOSING =
  /^(sincerely|yours (sincerely|faithfully|truly)|best regards|kind regards|with best wishes|respectfully|cordialement|mit freundlichen)/i;
const BIO =
  /\b(?:is|am|was|I'm)\b[^.]{0,80}?\b(?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}(professor|lecturer|researcher|scientist|postdoc\w*|fellow|student|candidate|engineer|director|reader)\b/iu;

/** Facts the document kind is decided on. */
export interface KindSubject {
  lines: Line[];
  sections: Section[];
  hasName: boolean;
  hasContact: boolean;
  datedEntries: number;
  publications: number;
}

function cvSectionCount(s: KindSubject): number {
  return new Set(s.sections.flatMap((x) => x.kinds).filter((k) => CV_SECTION_KINDS.has(k))).size;
}

const proseShare = (s: KindSubject): number => {
  const all = s.lines.reduce((n, l) => n + l.text.length, 0);
  const prose = s.lines.filter((l) => l.text.length > 200).reduce((n, l) => n + l.text.length, 0);
  return all === 0 ? 0 : prose / all;
};

const LETTER_FEATURES: readonly Feature<KindSubject>[] = [
  { name: 'salutation', weight: 3, test: (s) => s.lines.slice(0, 30).some((l) => SALUTATION.test(l.text)) },
  { name: 'closing', weight: 2, test: (s) => s.lines.some((l) => CLOSING.test(l.text)) },
  { name: 'mostly prose', weight: 1, test: (s) => proseShare(s) > 0.5 },
  { name: 'CV sections', weight: -3, test: (s) => cvSectionCount(s) >= 2 },
  { name: 'a person', weight: 1, test: (s) => s.hasName },
];

/**
 * What the document is: a CV, a letter, a publication list, a person's profile page, or none of these
 * (a news article, a search page), which must not yield a profile.
 */
export function classifyDocument(s: KindSubject): { kind: DocumentKind; reasons: string[] } {
  const letter = scoreFeatures(s, LETTER_FEATURES);
  if (letter.score >= 5) return { kind: 'letter', reasons: letter.reasons };
  const cvSections = cvSectionCount(s);
  const sectionKinds = new Set(s.sections.flatMap((x) => x.kinds));
  const bio = s.lines.slice(0, 40).some((l) => BIO.test(l.text));
  // A department page tells the career in a biography and lists only papers and courses.
  const careerSections = sectionKinds.has('education') || sectionKinds.has('positions');
  if (bio && !careerSections && s.hasName && s.hasContact)
    return { kind: 'profile-page', reasons: ['biography instead of career sections'] };
  if (cvSections >= 2 && (s.hasName || s.datedEntries >= 2))
    return { kind: 'cv', reasons: [`${cvSections} CV sections`] };
  if (cvSections === 1 && sectionKinds.has('publications') && s.publications >= 3)
    return { kind: 'publication-list', reasons: ['only a publication list'] };
  if (cvSections >= 1 && s.datedEntries >= 2 && s.hasName) return { kind: 'cv', reasons: ['dated entries'] };
  if (s.hasName && s.hasContact && (bio || cvSections >= 1))
    return { kind: 'profile-page', reasons: ['name, contact and bio'] };
  return { kind: 'unknown', reasons: ['no CV sections, no person'] };
}
