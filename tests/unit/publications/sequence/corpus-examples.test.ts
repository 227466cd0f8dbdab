import { describe, expect, it } from 'vitest';
import { corpusExample, findWords, matchTruth } from '../../../../scripts/train/corpus-references';

const truth = (title: string, venue: string | null = null, year: number | null = null) => ({
  title,
  year,
  venue,
  authors_count: null,
  kind: 'conference',
});
const input = (raw: string) => ({ raw, runs: [], sectionHint: null });

describe('findWords', () => {
  it('finds a title as whole words, case, accents and punctuation aside, in offsets of the text', () => {
    const text = 'A. Lee. “Élan vital: a study,” in Proc. X, 2020.';
    const at = findWords(text, 'elan vital: A Study')!;
    expect(text.slice(at.start, at.end)).toBe('Élan vital: a study');
  });

  it('does not find part of a word, nor anything before `from`', () => {
    expect(findWords('Deep Learners and more', 'Deep Learn')).toBeNull();
    expect(findWords('Nature. In Nature', 'Nature', 3)).toEqual({ start: 11, end: 17 });
  });
});

describe('matchTruth', () => {
  it('pairs each truth entry with the first unused string holding its title', () => {
    const inputs = [input('B. Title two. 2020.'), input('A. Title one. 2019.'), input('C. Title one. 2021.')];
    const pairs = matchTruth(inputs, [truth('Title one'), truth('Title one'), truth('Missing')]);
    expect(pairs.map(([k]) => k)).toEqual([1, 2]);
  });
});

describe('corpusExample', () => {
  it('fixes the title, venue and year tokens from the truth and leaves the rest open but for those labels', () => {
    const example = corpusExample({
      input: input('Ann Lee and Bo Chen. Sparse trees grow. In Proc. of ICML, pages 1-9, 2021.'),
      truth: truth('Sparse trees grow', 'Proc. of ICML', 2021),
      names: ['Ann Lee'],
    })!;
    const byToken = example.tokens.map((t, k) => [t.text, example.labels[k]] as const);
    const fixed = byToken.filter(([, l]) => typeof l === 'string');
    expect(fixed).toEqual([
      ['Sparse', 'title'],
      ['trees', 'title'],
      ['grow.', 'title'],
      ['Proc.', 'container'],
      ['of', 'container'],
      ['ICML,', 'container'],
      ['2021.', 'date'],
    ]);
    const open = byToken.find(([text]) => text === 'Ann')![1];
    expect(open).not.toContain('title');
    expect(open).not.toContain('container');
    expect(open).toContain('author');
    expect(example.context.candidateWords.has('lee')).toBe(true);
  });

  it('gives no example when the string does not spell the title', () => {
    expect(
      corpusExample({ input: input('Ann Lee. Other words. 2021.'), truth: truth('Sparse trees'), names: [] }),
    ).toBeNull();
  });
});
