import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { namesCanMatch } from '../../../utils/names/match-names';

const RUNS = { numRuns: 1000 };

const GIVEN = [
  'Ada',
  'Bryn',
  'Hayder',
  'Soufiane',
  'Lê',
  'El Mahdi',
  'El-Mahdi',
  'Jean-Pierre',
  'Zoë',
  'Åsa',
];
const FAMILY = [
  'Lovelace',
  'Elesedy',
  'Hayou',
  'Nguyễn Hoàng',
  'El Mhamdi',
  'El-Mhamdi',
  'van der Berg',
  'Müller',
  "O'Neil",
];

/** Names as CVs and author lists write them: given and family names, initials, either order, odd spacing. */
const writtenName = fc
  .record({
    given: fc.subarray(GIVEN, { minLength: 1, maxLength: 2 }),
    family: fc.constantFrom(...FAMILY),
    initials: fc.boolean(),
    inverted: fc.boolean(),
    upper: fc.boolean(),
  })
  .map(({ given, family, initials, inverted, upper }) => {
    const g = initials ? given.map((n) => `${n[0]}.`).join(' ') : given.join(' ');
    const name = inverted ? `${family}, ${g}` : `${g} ${family}`;
    return upper ? name.toUpperCase() : name;
  });

const anyName = fc.oneof(
  writtenName,
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
);

describe('name matcher', () => {
  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(anyName, anyName, (a, b) => {
        expect(typeof namesCanMatch(a, b)).toBe('boolean');
      }),
      RUNS,
    );
    for (const odd of ['', ' ', ',', '.,-', '\u0000', 'A'.repeat(100_000)])
      expect(namesCanMatch(odd, odd)).toBe(odd.length > 20);
  });

  it('is symmetric', () => {
    fc.assert(
      fc.property(anyName, anyName, (a, b) => {
        expect(namesCanMatch(a, b)).toBe(namesCanMatch(b, a));
      }),
      RUNS,
    );
  });

  it('is reflexive on names', () => {
    fc.assert(
      fc.property(writtenName, (name) => {
        expect(namesCanMatch(name, name)).toBe(true);
      }),
      RUNS,
    );
  });

  it('matches a name with its initials, its inverted form and its unaccented spelling', () => {
    fc.assert(
      fc.property(fc.constantFrom(...GIVEN), fc.constantFrom(...FAMILY), (given, family) => {
        const full = `${given} ${family}`;
        expect(namesCanMatch(full, `${given[0]}. ${family}`)).toBe(true);
        expect(namesCanMatch(full, `${family}, ${given}`)).toBe(true);
        const plain = full.normalize('NFKD').replace(/\p{M}/gu, '');
        expect(namesCanMatch(full, plain)).toBe(true);
      }),
      RUNS,
    );
  });
});
