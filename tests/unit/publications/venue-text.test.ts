import { describe, expect, it } from 'vitest';
import { cleanVenue } from '../../../utils/publications/venue-text';

describe('cleanVenue', () => {
  it('cuts a labelled venue span at locator words only, keeping the numbers of its name', () => {
    const meeting = 'Geological Society of America, 1995 Annual Meeting';
    expect(cleanVenue(meeting)).toBe('Geological Society of America');
    expect(cleanVenue(meeting, true)).toBe(meeting);
    const book = 'Verdi’s Middle Period: 1849–1859: Source Studies';
    expect(cleanVenue(book, true)).toBe(book);
    expect(cleanVenue('In Journal of Physics, vol. 3', true)).toBe('Journal of Physics');
    expect(cleanVenue('Am J Ind Med (Suppl 1)', true)).toBe('Am J Ind Med');
    expect(cleanVenue('River Blog, N.p', true)).toBe('River Blog');
  });

  it('reads a Roman numeral after a locator word only as a whole word in a labelled span', () => {
    const abbreviated = 'In Proc. Intl. Joint Conf. Art. Intell.,';
    expect(cleanVenue(abbreviated, true)).toBe('Proc. Intl. Joint Conf. Art. Intell');
    expect(cleanVenue('Mémoires de la Société, t. IV, 1890', true)).toBe('Mémoires de la Société');
  });

  it('keeps a number ending the sentence of a labelled venue, drops one before a comma', () => {
    const series = 'Advances in Neural Information Processing Systems 6.';
    expect(cleanVenue(series, true)).toBe('Advances in Neural Information Processing Systems 6');
    expect(cleanVenue('Information and Computation, 84,', true)).toBe('Information and Computation');
    expect(cleanVenue(series)).toBe('Advances in Neural Information Processing Systems');
  });
});
