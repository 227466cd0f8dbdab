import { describe, expect, it } from 'vitest';
import { acquireText } from '../../../utils/acquire/text';
import { parseEducationEntry } from '../../../utils/entries/parse-education-entry';
import { parsePositionEntry } from '../../../utils/entries/parse-position-entry';
import lexicon from '../../../utils/lexicon/countries.json';
import { looksLikeLocation } from '../../../utils/lexicon/entry-words';

const WORDS = Object.entries(lexicon.words).flatMap(([language, words]) =>
  words.map((word) => ({ language, word })),
);
const capitalised = (w: string) => w.replace(/(^|[\s.])\p{L}/gu, (c) => c.toUpperCase());
const lines = (text: string) => ({ lines: acquireText(text).lines, subheading: null });

describe('country lexicon', () => {
  it.each(WORDS)('$language "$word" is a place, alone or after a city', ({ word }) => {
    const forms = new Set([capitalised(word), word.toUpperCase(), capitalised(word.replace(/\./g, ''))]);
    for (const form of forms) {
      expect(looksLikeLocation(form), form).toBe(true);
      expect(looksLikeLocation(`Lyon, ${form}`), form).toBe(true);
    }
  });

  it.each(WORDS)('$language "$word" is read as where an entry was, not who', ({ word }) => {
    const form = capitalised(word);
    const education = parseEducationEntry(lines(`PhD in Physics, University of Example, ${form}, 2016`));
    expect(education, form).toMatchObject({ organization: 'University of Example', location: form });
    const position = parsePositionEntry(lines(`Research Engineer, Example Labs, ${form}, 2016 – 2019`));
    expect(position, form).toMatchObject({ title: 'Research Engineer', organization: 'Example Labs' });
  });

  it('takes no other word for a place', () => {
    for (const text of ['Usability', 'Frankfurt Institute', 'Chilean Studies', 'Lyon, Indiana Jones Museum'])
      expect(looksLikeLocation(text), text).toBe(false);
  });
});
