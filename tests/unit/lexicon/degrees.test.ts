import { describe, expect, it } from 'vitest';
import { acquireText } from '../../../utils/acquire/text';
import { parseEducationEntry } from '../../../utils/entries/parse-education-entry';
import { withoutAccents } from '../../../utils/lexicon/compile';
import lexicon from '../../../utils/lexicon/degrees.json';
import { DEGREE } from '../../../utils/lexicon/entry-words';

const WORDS = Object.entries(lexicon.words).flatMap(([language, words]) =>
  words.map((word) => ({ language, word })),
);

/** The ways a degree is written in a CV: capitalised, in capitals, without accents, without dots. */
function writings(word: string): string[] {
  const capitalised = word.replace(/(^|[\s.-])\p{L}/gu, (c) => c.toUpperCase());
  const forms = [
    capitalised,
    word.toUpperCase(),
    withoutAccents(capitalised),
    capitalised.replace(/\./g, ''),
  ];
  return [...new Set(forms)];
}

/** The degree an education line is read to name, with the institution before it. */
function degreeOf(line: string): string | null {
  const lines = acquireText(line).lines;
  return parseEducationEntry({ lines, subheading: null }).title;
}

describe('degree lexicon', () => {
  it.each(WORDS)('$language "$word" is read as the degree of an education entry', ({ word }) => {
    expect(DEGREE.test(`2012 ${word}: thesis`), word).toBe(true);
    for (const form of writings(word)) {
      expect(DEGREE.test(`2012 ${form}: thesis`), form).toBe(true);
      expect(degreeOf(`Stanford University, ${form} Physics, 2012 – 2016`), form).toBe(`${form} Physics`);
    }
  });

  it('finds no degree inside a longer word', () => {
    for (const text of ['Mastery of tools', 'Masterclass', 'Diplomacy', 'Bass guitar', 'Madrid', 'Laureate'])
      expect(DEGREE.test(text), text).toBe(false);
  });
});
