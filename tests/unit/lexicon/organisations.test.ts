import { describe, expect, it } from 'vitest';
import { acquireText } from '../../../utils/acquire/text';
import { parseEducationEntry } from '../../../utils/entries/parse-education-entry';
import { parsePositionEntry } from '../../../utils/entries/parse-position-entry';
import { withoutAccents } from '../../../utils/lexicon/compile';
import { INSTITUTION_RANK, ORGANIZATION } from '../../../utils/lexicon/entry-words';
import lexicon from '../../../utils/lexicon/organisations.json';

const capitalised = (w: string) => w.replace(/(^|[\s.])\p{L}/gu, (c) => c.toUpperCase());
const byLanguage = (words: Record<string, string[]>) =>
  Object.entries(words).flatMap(([language, list]) => list.map((word) => ({ language, word })));

const INSTITUTIONS = lexicon.institutions.flatMap(({ rank, words }) =>
  byLanguage(words as Record<string, string[]>).map((w) => ({ ...w, rank })),
);
const OTHERS = [...byLanguage(lexicon.words), ...lexicon.names.map((word) => ({ language: 'name', word }))];

const lines = (text: string) => ({ lines: acquireText(text).lines, subheading: null });

describe('organisation lexicon', () => {
  it.each(INSTITUTIONS)('$language "$word" names an institution of rank $rank', ({ word, rank }) => {
    for (const form of new Set([capitalised(word), word.toUpperCase(), withoutAccents(capitalised(word))])) {
      const name = `${form} Example`;
      expect(ORGANIZATION.test(name), form).toBe(true);
      expect(INSTITUTION_RANK.find(([re]) => re.test(name))?.[1], form).toBe(rank);
      // The institution is told from the degree whichever comes first.
      expect(parseEducationEntry(lines(`${name}, Doctorate, 2016`)).organization, form).toBe(name);
    }
  });

  it.each(OTHERS)('$language "$word" names an employer', ({ word }) => {
    for (const form of new Set([capitalised(word), word.toUpperCase()])) {
      const name = `Example ${form}`;
      expect(ORGANIZATION.test(`${name}, Paris`), form).toBe(true);
      expect(
        INSTITUTION_RANK.some(([re]) => re.test(name)),
        form,
      ).toBe(false);
      // A line with one part names the organisation unless it says a post.
      expect(parsePositionEntry(lines(`Engineer, ${name}, 2016 – 2019`)).organization, form).toBe(name);
    }
  });

  it('finds no organisation inside a longer word', () => {
    for (const text of ['Labour economics', 'Mitigation', 'Ethics', 'Schooling', 'Metadata', 'Incidence'])
      expect(ORGANIZATION.test(text), text).toBe(false);
  });
});
