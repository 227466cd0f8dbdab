import type { PersonMetadata } from './types';

export function emptyMetadata(): PersonMetadata {
  return { title: null, author: null, ogTitle: null, description: null, persons: [] };
}
