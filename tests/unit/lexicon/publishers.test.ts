import { describe, expect, it } from 'vitest';
import lexicon from '../../../utils/lexicon/publishers.json';
import { PUBLISHER } from '../../../utils/lexicon/publishers';
import { NO_CONTEXT, tokenFeatures } from '../../../utils/publications/sequence/features';
import { tokenize } from '../../../utils/publications/sequence/tokenize';
import { cleanVenue } from '../../../utils/publications/venue-text';

const capitalised = (w: string) => w.replace(/(^|[\s-])\p{L}/gu, (c) => c.toUpperCase());
const ENTRIES = [
  ...Object.entries(lexicon.words).flatMap(([language, words]) => words.map((word) => ({ language, word }))),
  ...lexicon.names.map((word) => ({ language: 'name', word })),
];

/** Whether the reference labeller marks the word as a publisher word where it stands in a reference. */
function labelledPublisherWord(word: string): boolean {
  const tokens = tokenize(`Ada Byron. On engines. London: ${word}, 2019.`);
  const at = tokens.findIndex((t) => t.text.replace(/[.,]$/, '').toLowerCase() === word.toLowerCase());
  return tokenFeatures(tokens, NO_CONTEXT)[at]!.includes('publisher-word');
}

describe('publisher lexicon', () => {
  // "Éditions" and "Co." start or end outside ASCII word characters, which the matcher's boundaries
  // (kept as the learned models were trained) cannot find; the labeller takes them (below).
  const MATCHED = ENTRIES.filter(({ word }) => /^\w(?:.*\w)?$/.test(word));
  it('leaves only the words ASCII boundaries cannot find to the labeller', () => {
    expect(ENTRIES.filter((e) => !MATCHED.includes(e)).map((e) => e.word)).toEqual(['éditions', 'co.']);
  });

  it.each(MATCHED)('$language "$word" marks a publisher', ({ word }) => {
    const form = capitalised(word);
    expect(PUBLISHER.test(`London: ${form}`), form).toBe(true);
    expect(PUBLISHER.test(`LONDON: ${form.toUpperCase()}`), form).toBe(true);
  });

  it.each([
    ...ENTRIES.filter(({ word }) => !word.includes(' ')),
    ...lexicon.nameParts.map((word) => ({ language: 'part', word })),
  ])('$language "$word" is a publisher word to the reference labeller', ({ word }) => {
    expect(labelledPublisherWord(capitalised(word.replace(/\.$/, '')))).toBe(true);
  });

  it('takes no other word for a publisher', () => {
    for (const text of ['Pressure', 'Editorials', 'Bookshelf', 'Sagebrush'])
      expect(PUBLISHER.test(text)).toBe(false);
    expect(labelledPublisherWord('Engines')).toBe(false);
    // A publisher after the venue's name ends it.
    expect(cleanVenue('Essays in Method, Oxford University Press')).not.toContain('Press');
  });
});
