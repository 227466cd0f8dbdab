import { describe, expect, it } from 'vitest';
import { namesCanMatch } from '../../../utils/names/match-names';
import { parseName } from '../../../utils/names/parse-name';

describe('namesCanMatch', () => {
  it.each([
    ['S. Hayou', 'Soufiane Hayou'],
    ['Hayou, S.', 'Soufiane Hayou'],
    ['Hayou S', 'Soufiane Hayou'],
    ['El-Mahdi El-Mhamdi', 'El Mahdi El Mhamdi'],
    ['E.-M. El Mhamdi', 'El Mahdi El Mhamdi'],
    ['E.-M. El Mhamdi', 'El-Mahdi El-Mhamdi'],
    ['Le Nguyen Hoang', 'Lê Nguyễn Hoàng'],
    ['Pedro M. Esperança', 'Pedro Esperanca'],
    ['Jean-Francois Ton', 'J.-F. Ton'],
    ['Müller, Thomas', 'Thomas Mueller'],
    ['Łukasz Kaiser', 'Lukasz Kaiser'],
    ['Mohamed El Amine Seddik', 'M. E. A. Seddik'],
  ])('%s ~ %s', (a, b) => {
    expect(namesCanMatch(a, b)).toBe(true);
  });

  it.each([
    ['Bryn Elesedy', 'Hayder Elesedy'],
    ['Greg Yang', 'Haizhao Yang'],
    ['Bobby He', 'Bin He'],
    ['A. Doucet', 'Soufiane Hayou'],
    ['J. Smith', 'K. Smith'],
    ['', 'Soufiane Hayou'],
  ])('%s is not %s', (a, b) => {
    expect(namesCanMatch(a, b)).toBe(false);
  });
});

describe('parseName', () => {
  it('keeps particles with the family name', () => {
    expect(parseName('Johannes van der Waals').family).toEqual(['van', 'der', 'Waals']);
    expect(parseName('El Mahdi El Mhamdi')).toEqual({ given: ['El', 'Mahdi'], family: ['El', 'Mhamdi'] });
  });
  it('reads "Last, First" and initials after the family name', () => {
    expect(parseName('Hayou, Soufiane')).toEqual({ given: ['Soufiane'], family: ['Hayou'] });
    expect(parseName('Pérez-Higueras JJ')).toEqual({ given: ['JJ'], family: ['Pérez-Higueras'] });
  });
  it('drops equal-contribution marks', () => {
    expect(parseName('Bryn Elesedy*')).toEqual({ given: ['Bryn'], family: ['Elesedy'] });
  });
});
