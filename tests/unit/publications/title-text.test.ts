import { describe, expect, it } from 'vitest';
import { cleanTitle } from '../../../utils/publications/title-text';

describe('cleanTitle', () => {
  it.each([
    [
      'Economics of Carpooling: Evidence from BlaBlaCar (with Surjasama Lahiri)',
      'Economics of Carpooling: Evidence from BlaBlaCar',
    ],
    ['Unpacking the MPI (With Carlos Rodríguez-Castelán and Daniel Valderrama).', 'Unpacking the MPI'],
    ['Son Preference and Birth Spacing (joint with A. Dar)', 'Son Preference and Birth Spacing'],
  ])('cuts the co-authors named in brackets after the title: %s', (raw, title) => {
    expect(cleanTitle(raw)).toBe(title);
  });

  it.each([
    'Learning with Gaussian Processes',
    'Dealing with Deep Learning and Neural Networks',
    'Citation Overkill (Wikipedia)',
    'Inference (with Discussion)',
  ])('keeps a title’s own words: %s', (title) => {
    expect(cleanTitle(title)).toBe(title);
  });
});
