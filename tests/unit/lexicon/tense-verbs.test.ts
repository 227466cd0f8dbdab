import { describe, expect, it } from 'vitest';
import { prosePostCandidates } from '../../../utils/entries/prose-post-features';
import lexicon from '../../../utils/lexicon/tense-verbs.json';

/** The end the one post of a biography's sentence is read with. */
const endOf = (sentence: string) => prosePostCandidates([sentence]).map((c) => c.entry.end);
/** The sentence's subject: a contraction is written onto it ("I’m"). */
const subject = (verb: string) => (/^['’]/.test(verb) ? 'I' : 'Dr Jo Marsh ');

describe('tense-verb lexicon', () => {
  it.each(lexicon.present)('"%s" before a post states it is held now', (verb) => {
    expect(endOf(`${subject(verb)}${verb} Lecturer at Leeds Beckett University.`)).toEqual(['present']);
  });

  it.each(lexicon.past)('"%s" before a post states it is over', (verb) => {
    expect(endOf(`${subject(verb)}${verb} Lecturer at Leeds Beckett University.`)).toEqual([null]);
  });

  it('the last verb before the post decides, and no word that merely contains one', () => {
    expect(endOf('Jo was in Paris and is now Lecturer at Leeds Beckett University.')).toEqual(['present']);
    expect(endOf('Jo is proud she was Lecturer at Leeds Beckett University.')).toEqual([null]);
    expect(endOf('Jo wasted no time as Lecturer at Leeds Beckett University.')).toEqual([null]);
  });
});
