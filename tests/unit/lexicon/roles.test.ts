import { describe, expect, it } from 'vitest';
import { acquireText } from '../../../utils/acquire/text';
import { parsePositionEntry } from '../../../utils/entries/parse-position-entry';
import { ROLE } from '../../../utils/lexicon/entry-words';
import lexicon from '../../../utils/lexicon/roles.json';

const WORDS = Object.entries(lexicon.words).flatMap(([language, words]) =>
  words.map((word) => ({ language, word })),
);

const capitalised = (w: string) => w[0]!.toUpperCase() + w.slice(1);

/** The title and organisation a position line alone is read to name. */
function positionOf(line: string) {
  const { title, organization } = parsePositionEntry({ lines: acquireText(line).lines, subheading: null });
  return { title, organization };
}

describe('role lexicon', () => {
  it.each(WORDS)('$language "$word" is read as the post of a position entry', ({ word }) => {
    for (const form of [capitalised(word), word.toUpperCase()]) {
      expect(ROLE.test(`She was ${form} there`), form).toBe(true);
      // A line with one part is a post only when it says so; otherwise it names the organisation.
      expect(positionOf(`${form}, 2016 – 2019`), form).toEqual({ title: form, organization: null });
    }
  });

  it('finds a word of Han or kana inside a longer one, as those scripts write a grade joined to its post', () => {
    for (const text of ['副教授', '国立天文台フェロー（特任助教）', '资深算法工程师', '客員研究員'])
      expect(ROLE.test(text), text).toBe(true);
  });

  it('ends a word at a letter of any script: an accented last letter, Hangul joined to an institute', () => {
    expect(ROLE.test('Chargée de recherche, CNRS')).toBe(true);
    expect(ROLE.test('Profesora Titular de Matemática')).toBe(true);
    // "연구원" (researcher) also closes institute names; Hangul is written with spaces, so whole words only.
    expect(ROLE.test('한국학중앙연구원')).toBe(false);
    expect(ROLE.test('Managerin')).toBe(false);
  });

  it('finds no role inside a longer word', () => {
    for (const text of ['Headquarters', 'Teamwork', 'Chairs', 'Readership', 'Internal', 'Professorship'])
      expect(ROLE.test(text), text).toBe(false);
  });
});
