import { describe, expect, it } from 'vitest';
import { acquireText } from '../../../utils/acquire/text/index';
import { nameCandidates } from '../../../utils/profile/name-candidates';
import lexicon from '../../../utils/lexicon/name-labels.json';

const WORDS = Object.entries(lexicon.words).flatMap(([language, words]) =>
  words.map((word) => ({ language, word })),
);

const labelled = (line: string) =>
  nameCandidates(acquireText(`Curriculum Vitae\n${line}\nEducation\n2019 PhD, University of Oxford`), [])
    .filter((c) => c.features.includes('src:name label'))
    .map((c) => c.name);

describe('name-label lexicon', () => {
  it.each(WORDS)('$language "$word" gives the name after it as a candidate', ({ word }) => {
    for (const form of [word, word.toUpperCase(), word[0]!.toUpperCase() + word.slice(1)]) {
      expect(labelled(`${form}: Ada Lovelace`), form).toEqual(['Ada Lovelace']);
    }
  });

  it('reads no label that merely starts a word or a sentence', () => {
    expect(labelled('Nominated for the Ada Lovelace Prize')).toEqual([]);
    expect(labelled('Name the variables: Ada Lovelace')).toEqual([]);
  });
});

describe('given- and family-name field labels', () => {
  const pairs = Object.entries(lexicon.givenWords).flatMap(([language, given]) =>
    given.flatMap((g) =>
      (lexicon.familyWords[language as keyof typeof lexicon.familyWords] ?? []).map((f) => ({
        language,
        given: g,
        family: f,
      })),
    ),
  );

  it.each(pairs)('$language "$given" and "$family" give the two fields’ name joined', ({ given, family }) => {
    const doc = acquireText(`Curriculum Vitae\n${given}: Ada Mary\n${family}: King Lovelace\nEducation`);
    const fields = nameCandidates(doc, []).filter((c) => c.features.includes('src:name fields'));
    expect(fields.map((c) => c.name)).toEqual(['Ada Mary King Lovelace']);
  });
});
