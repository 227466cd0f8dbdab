import { emptyMetadata } from '../../document/empty-metadata';
import { withoutInvisible } from '../../document/pdf-layout/clean-text';
import type { PersonMetadata } from '../../document/types';

function field(info: unknown, key: string): string | null {
  if (typeof info !== 'object' || info === null) return null;
  const value = (info as Record<string, unknown>)[key];
  if (typeof value !== 'string') return null;
  const text = withoutInvisible(value).trim();
  return text ? text : null;
}

/** Title and Author from the PDF's document information; Subject as the description. */
export function pdfMetadata(info: unknown): PersonMetadata {
  return {
    ...emptyMetadata(),
    title: field(info, 'Title'),
    author: field(info, 'Author'),
    description: field(info, 'Subject'),
  };
}
