import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import venues from '../../../utils/publications/venues.json';
import { lookupVenue } from '../../../utils/publications/venue-table';

const TABLE = venues as { name: string; aliases: string[] }[];
const ACRONYMS = TABLE.flatMap((v) =>
  v.aliases.filter((a) => /^[A-Za-z&*/-]{2,12}$/.test(a) && /[A-Z].*[A-Z]/.test(a)),
);
/** Names of letters and spaces only, long enough to be looked for inside a longer text. */
const NAMES = TABLE.flatMap((v) => [v.name, ...v.aliases]).filter((n) => /^[A-Za-z ]{14,}$/.test(n));

/**
 * What an acronym lookup means, scanned plainly: the first acronym in the table's order that stands
 * in the text as a whole word (no letter of any script touching it).
 */
function firstAcronymIn(text: string): string | null {
  for (const alias of ACRONYMS) {
    let at = text.indexOf(alias);
    while (at >= 0) {
      const before = text.slice(0, at);
      const after = text.slice(at + alias.length);
      if (!/\p{L}$/u.test(before) && !/^\p{L}/u.test(after)) return alias;
      at = text.indexOf(alias, at + 1);
    }
  }
  return null;
}

const entryOf = (alias: string) => TABLE.find((v) => v.aliases.includes(alias))!.name;

describe('lookupVenue', () => {
  it('reads a whole name or alias, with its year and parentheses dropped', () => {
    expect(lookupVenue('International Conference on Machine Learning')?.name).toBe(
      'International Conference on Machine Learning',
    );
    expect(lookupVenue('NeurIPS (2021)')?.name).toBe('Advances in Neural Information Processing Systems');
  });

  it('finds an acronym standing as a word, whatever is around it, and not one inside a word', () => {
    expect(lookupVenue('Accepted at ICML 2024, oral')?.name).toBe(
      'International Conference on Machine Learning',
    );
    expect(lookupVenue("In NeurIPS'21 workshops")?.name).toBe(
      'Advances in Neural Information Processing Systems',
    );
    expect(lookupVenue('Proc. IEEE S&P 2020')?.name).toBe(entryOf('S&P'));
    expect(lookupVenue('FAT* 2019')?.name).toBe(entryOf('FAT*'));
    expect(lookupVenue('ICMLA 2024')?.name ?? null).not.toBe('International Conference on Machine Learning');
    expect(lookupVenue('éICML')).toBeNull();
  });

  it('finds the longest full name inside a longer text', () => {
    expect(lookupVenue('Accepted at the Journal of Machine Learning Research, 2023')?.name).toBe(
      entryOf('JMLR'),
    );
    expect(lookupVenue('Workshop at the Conference on Neural Information Processing Systems')?.name).toBe(
      'Advances in Neural Information Processing Systems',
    );
  });

  it('gives the acronym the plain scan gives, on texts built around the table', () => {
    const piece = fc.oneof(
      fc.constantFrom(...ACRONYMS),
      fc.constantFrom(...ACRONYMS).map((a) => a.toLowerCase()),
      fc.constantFrom(' ', ', ', '-', "'", '(', ')', 'é', 'x', '2024', ' In ', '/', '&'),
      fc.string({ maxLength: 4 }),
    );
    fc.assert(
      // The opening words are no venue's name, so the text is never looked up whole.
      fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
        const text = `Seen in: ${parts.join('')}`;
        const expected = firstAcronymIn(text);
        expect(lookupVenue(text)?.name ?? null).toBe(expected === null ? null : entryOf(expected));
      }),
      { numRuns: 500 },
    );
  });

  it('finds every long name of the table inside a sentence', () => {
    for (const name of NAMES) {
      const found = lookupVenue(`Paper accepted at the ${name}, 2024, with an oral.`);
      expect(found, name).not.toBeNull();
    }
  });
});
