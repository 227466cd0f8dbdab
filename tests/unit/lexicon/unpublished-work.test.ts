import { describe, expect, it } from 'vitest';
import { UNPUBLISHED_WORK } from '../../../utils/lexicon/unpublished-work';

describe('headings of unpublished work', () => {
  it('are told by their phrases, in several languages', () => {
    expect(UNPUBLISHED_WORK.test('Working Papers')).toBe(true);
    expect(UNPUBLISHED_WORK.test('SELECTED WORK IN PROGRESS')).toBe(true);
    expect(UNPUBLISHED_WORK.test('Articles soumis')).toBe(true);
    expect(UNPUBLISHED_WORK.test('Publicaciones y trabajos en desarrollo')).toBe(true);
  });

  it('not by a heading of published work or a phrase inside a longer word', () => {
    expect(UNPUBLISHED_WORK.test('Peer-Reviewed Publications')).toBe(false);
    expect(UNPUBLISHED_WORK.test('Journal Articles')).toBe(false);
    expect(UNPUBLISHED_WORK.test('Resubmitted drafting notes')).toBe(false);
  });
});
