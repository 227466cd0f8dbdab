import { describe, expect, it } from 'vitest';
import lexicon from '../../../utils/lexicon/venues.json';
import { VENUE_WORDS } from '../../../utils/lexicon/venues';
import { NO_CONTEXT, tokenFeatures } from '../../../utils/publications/sequence/features';
import { tokenize } from '../../../utils/publications/sequence/tokenize';
import { detectKind } from '../../../utils/publications/status';

const byLanguage = (words: Record<string, string[]>) =>
  Object.entries(words).flatMap(([language, list]) => list.map((word) => ({ language, word })));
const capitalised = (w: string) => w.replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase());

/** The kind a reference's venue alone says. */
const kindOf = (venue: string) =>
  detectKind({
    venue,
    venueEntry: null,
    status: null,
    sectionHint: null,
    text: `A. Author. A title. ${venue}.`,
    hasEditors: false,
    hasPublisher: false,
  });

/** Whether the reference labeller marks the word as a venue word where it stands in a reference. */
function labelledVenueWord(word: string): boolean {
  const tokens = tokenize(`Ada Byron. On engines. ${word} 2019.`);
  const at = tokens.findIndex((t) => t.text.replace(/\.$/, '') === word);
  return tokenFeatures(tokens, NO_CONTEXT)[at]!.includes('venue-word');
}

describe('venue lexicon', () => {
  it.each(byLanguage(lexicon.periodicals))('$language "$word" names a journal', ({ word }) => {
    for (const form of [capitalised(word), word.toUpperCase()]) {
      expect(VENUE_WORDS.test(`${form} of Examples`), form).toBe(true);
      expect(kindOf(`${form} of Examples`), form).toBe('journal');
    }
  });

  it.each(byLanguage(lexicon.meetings))('$language "$word" names a conference', ({ word }) => {
    for (const form of [capitalised(word), word.toUpperCase()]) {
      expect(VENUE_WORDS.test(`${form} of Examples`), form).toBe(true);
      expect(kindOf(`${form} of Examples`), form).toBe('conference');
    }
  });

  it.each(byLanguage(lexicon.words))('$language "$word" marks a venue name', ({ word }) => {
    expect(VENUE_WORDS.test(`The ${capitalised(word)} Examples`)).toBe(true);
    expect(VENUE_WORDS.test(`the ${word.toUpperCase()} examples`)).toBe(true);
  });

  const TOKENS = [
    ...byLanguage(lexicon.periodicals),
    ...byLanguage(lexicon.meetings),
    ...byLanguage(lexicon.words).filter(({ word }) => !word.includes(' ')),
    ...byLanguage(lexicon.qualifiers),
    ...byLanguage(lexicon.abbreviations),
    ...lexicon.series.map((word) => ({ language: 'name', word })),
  ];
  it.each(TOKENS)('$language "$word" is a venue word to the reference labeller', ({ word }) => {
    expect(labelledVenueWord(capitalised(word))).toBe(true);
  });

  it('takes no other word for a venue word', () => {
    for (const text of ['Journalism', 'Reviewer', 'Conferences were held', 'Sciencey'])
      expect(VENUE_WORDS.test(text)).toBe(false);
    expect(labelledVenueWord('Engines')).toBe(false);
  });
});
