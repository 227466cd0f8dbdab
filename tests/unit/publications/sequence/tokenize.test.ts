import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../../utils/publications/sequence/tokenize';

describe('tokenize', () => {
  it('splits on whitespace and keeps the punctuation a word carries', () => {
    expect(tokenize('Smith, J. (2011). Title.').map((t) => t.text)).toEqual([
      'Smith,',
      'J.',
      '(2011).',
      'Title.',
    ]);
  });

  it('gives offsets into the string, across runs of spaces', () => {
    const text = '  Ann  Lee,\tBo Chen ';
    const tokens = tokenize(text);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['Ann', 'Lee,', 'Bo', 'Chen']);
    expect(tokens[0]).toEqual({ text: 'Ann', start: 2, end: 5 });
  });

  it('gives no token for an empty or blank string', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize('   ')).toEqual([]);
  });
});
