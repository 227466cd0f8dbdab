import { NAME_PARTICLES } from '../lexicon/name-words';

/** Whether a word is a family-name particle, written with or without dots or an apostrophe. */
export function isParticle(word: string): boolean {
  return NAME_PARTICLES.has(word.toLowerCase().replace(/[.’']/g, ''));
}
