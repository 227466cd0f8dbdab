import { describe, expect, it } from 'vitest';
import lexicon from '../../../utils/lexicon/name-words.json';
import { parseName } from '../../../utils/names/parse-name';
import { CV_WORD } from '../../../utils/lexicon/name-words';
import { cleanNameCandidate, isNameLike } from '../../../utils/profile/name-likeness';

const each = (byLanguage: Record<string, string[]>) =>
  Object.entries(byLanguage).flatMap(([language, words]) => words.map((word) => ({ language, word })));
const capitalised = (w: string) => w.replace(/(^|[\s.])\p{L}/gu, (c) => c.toUpperCase());

describe('name-words lexicon', () => {
  it.each(lexicon.particles)('"%s" is read as part of a family name', (particle) => {
    expect(isNameLike(`Maria ${particle} Costa`)).toBe(true);
    expect(parseName(`Maria ${particle} Costa`).family.join(' ').toLowerCase()).toContain(particle);
  });

  it.each(each(lexicon.titlesBefore))('$language title "$word" is taken off a name', ({ word }) => {
    for (const form of [capitalised(word), word.toUpperCase(), capitalised(word).replace(/\.$/, '') + '.'])
      expect(cleanNameCandidate(`${form} Ada Lovelace`), form).toBe('Ada Lovelace');
  });

  it('takes several titles off a name, however they are combined', () => {
    expect(cleanNameCandidate('Dr. Ing. Marcelo Forets')).toBe('Marcelo Forets');
    expect(cleanNameCandidate('Prof. Dr. Ada Lovelace')).toBe('Ada Lovelace');
    // German doctorates name their faculty: "Dr. rer. nat.", "Dr. phil. habil.".
    expect(cleanNameCandidate('Prof. Dr. rer. nat. Philipp Martin Altrock')).toBe('Philipp Martin Altrock');
    expect(cleanNameCandidate('Priv.-Doz. Dr. med. Jan Ott')).toBe('Jan Ott');
    // A faculty's abbreviation that is also a given name is taken off only after "Dr.".
    expect(cleanNameCandidate('Phil Collins')).toBe('Phil Collins');
    // A title's letters inside the name stay: "Ingrid" is not "Ing." followed by "rid".
    expect(cleanNameCandidate('Ingrid Dr Bergman')).toBe('Ingrid Dr Bergman');
  });

  it.each(each(lexicon.lettersAfter))('$language letters "$word" are taken off a name', ({ word }) => {
    for (const form of [word, word.toUpperCase(), word.replace(/\./g, '')])
      expect(cleanNameCandidate(`Ada Lovelace, ${form}`), form).toBe('Ada Lovelace');
  });

  it.each(each(lexicon.cvWords))('$language word "$word" names the document, never a person', ({ word }) => {
    expect(CV_WORD.test(`Curriculum ${capitalised(word)}`)).toBe(true);
    expect(isNameLike(`Ada ${capitalised(word)}`)).toBe(false);
  });

  it.each(each(lexicon.pageWords))('$language page word "$word" is never a name', ({ word }) => {
    expect(isNameLike(`Ada ${capitalised(word)}`)).toBe(false);
    expect(isNameLike(`${capitalised(word)} Lovelace`)).toBe(false);
  });

  it('keeps a name that merely contains a page word inside a longer word', () => {
    expect(isNameLike('Ada Labinski')).toBe(true);
    expect(isNameLike('Wordsworth Smith')).toBe(true);
  });
});
