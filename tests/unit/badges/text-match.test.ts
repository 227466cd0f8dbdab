import { describe, expect, it } from 'vitest';
import {
  foldText,
  locateAll,
  namePattern,
  nameSpans,
  occurrences,
  probesOf,
} from '../../../utils/badges/text-match';

describe('foldText', () => {
  it('drops whitespace, punctuation, case and diacritics', () => {
    expect(foldText('Lê  Nguyễn\n Hoàng, “Robust” — 2020')).toBe('lenguyenhoangrobust2020');
    expect(foldText('Hayou,\u00a0S.')).toBe(foldText('Hayou, S.'));
  });
});

describe('probesOf', () => {
  it('starts with the whole entry, then prefixes, then the title', () => {
    const raw = '[3] S. Hayou, A. Doucet, J. Rousseau. On the Impact of the Activation Function. ICML 2019.';
    const probes = probesOf(raw, 'On the Impact of the Activation Function');
    expect(probes[0]).toBe(foldText(raw));
    expect(probes).toContain(foldText(raw.slice(4)).slice(0, 32));
    expect(probes.at(-1)).toBe(foldText('On the Impact of the Activation Function'));
  });
});

describe('locateAll', () => {
  it('gives a paper listed twice both of its entries, in order', () => {
    const entry = 'Hayou S. Stable ResNet. AISTATS 2021.';
    const page = foldText(`Publications ${entry} Workshops ${entry}`);
    const [a, b] = locateAll(page, [{ raw: entry }, { raw: entry }]);
    expect(a && b).toBeTruthy();
    expect(b!.start).toBeGreaterThan(a!.start);
    expect(occurrences(page, foldText(entry))).toEqual([a!.start, b!.start]);
  });

  it('matches through whitespace and line breaks the parser joined differently', () => {
    const page = foldText(
      'Elesedy,\n   B.  and\tZaidi, S. Provably strict generalisation benefit for equivariant models.',
    );
    expect(
      locateAll(page, [
        { raw: 'Elesedy, B. and Zaidi, S. Provably strict generalisation benefit for equivariant models.' },
      ])[0],
    ).toEqual({
      start: 0,
      end: page.length,
    });
  });

  it('finds nothing for an entry the page does not list', () => {
    expect(
      locateAll(foldText('Some other text on the page entirely.'), [
        { raw: 'A paper that is not there at all, 2020' },
      ]),
    ).toEqual([null]);
  });
});

describe('namePattern', () => {
  it('finds variants across hyphens and spaces, whole words only', () => {
    const pattern = namePattern(['El-Mahdi El-Mhamdi', 'B. Elesedy']);
    expect(nameSpans('with El Mahdi El Mhamdi and B. Elesedy', pattern)).toEqual([
      { start: 5, end: 23 },
      { start: 28, end: 38 },
    ]);
    expect(nameSpans('AB. Elesedyx', pattern)).toEqual([]);
  });

  it('is null without names', () => {
    expect(namePattern(['', ' '])).toBeNull();
  });
});
