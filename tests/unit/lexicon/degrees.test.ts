import { describe, expect, it } from 'vitest';
import { acquireText } from '../../../utils/acquire/text';
import { parseEducationEntry } from '../../../utils/entries/parse-education-entry';
import { proseEducation } from '../../../utils/entries/prose-education';
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

  it.each(WORDS)('$language "$word" is read as a degree in prose, with where it was taken', ({ word }) => {
    for (const form of writings(word)) {
      const [entry, ...more] = proseEducation(
        [`During my ${form} at Example University, I built engines.`],
        null,
      );
      expect(more, form).toEqual([]);
      expect(entry, form).toMatchObject({
        organization: 'Example University',
        raw: `${form} at Example University`,
      });
    }
  });

  it('names a doctorate in prose PhD or DPhil, however it is written', () => {
    const titles = ['Ph.D.', 'PHD', 'Ph. D.', 'Doctorate', 'doctoral studies', 'D.Phil.', 'DPHIL'].map(
      (form) => proseEducation([`My ${form} from the University of Oxford.`], null)[0]?.title,
    );
    expect(titles).toEqual(['PhD', 'PhD', 'PhD', 'PhD', 'PhD', 'DPhil', 'DPhil']);
    expect(proseEducation(["A master's degree from Example University in 2014."], null)).toMatchObject([
      { title: "master's", organization: 'Example University', end: '2014' },
    ]);
  });

  it('finds no degree inside a longer word', () => {
    for (const text of ['Mastery of tools', 'Masterclass', 'Diplomacy', 'Bass guitar', 'Madrid', 'Laureate'])
      expect(DEGREE.test(text), text).toBe(false);
    expect(
      proseEducation(['Her Mastery at Example University; a Masterclass from Example College.'], null),
    ).toEqual([]);
  });
});
