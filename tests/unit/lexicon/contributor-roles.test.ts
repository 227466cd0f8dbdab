import { describe, expect, it } from 'vitest';
import lexicon from '../../../utils/lexicon/contributor-roles.json';
import { parseAuthorList } from '../../../utils/publications/author-list';
import { NO_CONTEXT, tokenFeatures } from '../../../utils/publications/sequence/features';
import { tokenize } from '../../../utils/publications/sequence/tokenize';

const WORDS = Object.entries(lexicon.words).flatMap(([language, words]) =>
  words.map((word) => ({ language, word })),
);
const capitalised = (w: string) => w.replace(/(^|\/)\p{L}/gu, (c) => c.toUpperCase());

/** The names an author list is read to hold, and the text after it. */
function readList(text: string) {
  const list = parseAuthorList(text)!;
  return { names: list.authors.map((a) => a.name), rest: text.slice(list.end).trim() };
}

/** Whether the reference labeller marks the role where it stands in a reference. */
function labelledRoleWord(form: string): boolean {
  const tokens = tokenize(`Ada Byron and Alan Turing, ${form} On engines. London: Penguin, 2019.`);
  const at = tokens.findIndex((t) => t.text.startsWith(form));
  return tokenFeatures(tokens, NO_CONTEXT)[at]!.includes('role-word');
}

describe('contributor-role lexicon', () => {
  it.each(WORDS)('$language "$word" ends an author list, in every written form', ({ word }) => {
    const [cap, upper] = [capitalised(word), word.toUpperCase()];
    for (const text of [
      `P. Marek and A. Okoro (${cap}.). Rivers of the north.`,
      `P. Marek and A. Okoro, ${cap}. Rivers of the north.`,
      `P. Marek and A. Okoro, ${upper} Rivers of the north.`,
    ])
      expect(readList(text), text).toEqual({ names: ['P. Marek', 'A. Okoro'], rest: 'Rivers of the north.' });
    const inverted = `Marek, P. and Okoro, A., ${cap}. Rivers of the north.`;
    expect(readList(inverted), inverted).toEqual({
      names: ['Marek, P.', 'Okoro, A.'],
      rest: 'Rivers of the north.',
    });
  });

  it.each(WORDS)('$language "$word" is a role word to the reference labeller', ({ word }) => {
    for (const form of [capitalised(word), `(${capitalised(word)}.),`])
      expect(labelledRoleWord(form), form).toBe(true);
  });

  it('takes no longer word for a role', () => {
    expect(labelledRoleWord('Editorial')).toBe(false);
    expect(labelledRoleWord('Directory')).toBe(false);
  });
});
