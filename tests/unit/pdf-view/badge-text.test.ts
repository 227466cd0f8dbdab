import { describe, expect, it } from 'vitest';
import { compactItem, MAX_VENUE, shortVenue } from '../../../components/pdf-view/logic/badge-text';

describe('shortVenue', () => {
  it('keeps short venues and null as they are', () => {
    expect(shortVenue('NeurIPS')).toBe('NeurIPS');
    expect(shortVenue(null)).toBeNull();
  });

  it('cuts long venues at a word boundary with an ellipsis, within the limit', () => {
    const short = shortVenue('Conference on Empirical Methods in Natural Language Processing');
    expect(short).toBe('Conference on Empirical…');
    expect((short ?? '').length).toBeLessThanOrEqual(MAX_VENUE);
  });

  it('cuts a single long word mid-word', () => {
    expect(shortVenue('Supercalifragilisticexpialidocious', 10)).toBe('Supercali…');
  });

  it('changes only the venue of an item', () => {
    const item = {
      raw: 'x',
      verdict: null,
      citations: 3,
      venue: 'International Conference on Machine Learning and More',
      year: 2021,
      doi: null,
      url: null,
      variantNames: [],
    };
    expect(compactItem(item)).toEqual({ ...item, venue: 'International Conference on…' });
  });
});
