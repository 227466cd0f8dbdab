import type { DocumentKind } from './types';

/** What each kind of document is called, where a reviewer reads it ("this cover letter"). */
export const DOCUMENT_KIND_NAMES: Record<DocumentKind, string> = {
  cv: 'CV',
  letter: 'cover letter',
  'publication-list': 'publication list',
  'profile-page': 'profile page',
  unknown: 'page',
};
