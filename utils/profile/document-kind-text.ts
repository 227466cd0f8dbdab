import type { DocumentKind } from './types';

/** Each document kind as a reader is told it: the CLI's list and summaries say these words. */
export const DOCUMENT_KIND_TEXT: Record<DocumentKind, string> = {
  cv: 'CV',
  letter: 'cover letter',
  'publication-list': 'publication list',
  'profile-page': 'profile page',
  unknown: 'unknown kind',
};
