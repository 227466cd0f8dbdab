import { describe, expect, it } from 'vitest';
import lexicon from '../../../utils/lexicon/section-headings.json';
import { matchHeadingWording } from '../../../utils/sections/match-heading-wording';

const WORDS = lexicon.kinds.flatMap(({ kind, words }) =>
  Object.entries(words as Record<string, string[]>).flatMap(([language, list]) =>
    list.map((word) => ({ kind, language, word })),
  ),
);

const MODIFIERS = new Set<string>(Object.values(lexicon.modifiers).flat());

describe('section heading lexicon', () => {
  it.each(WORDS)('$language "$word" names a $kind heading', ({ kind, word }) => {
    const heading = word.replace(/(^|\s)\p{L}/gu, (c: string) => c.toUpperCase());
    expect(matchHeadingWording(heading).kinds).toEqual([kind]);
    // A heading is "exact" when each of its words is heading vocabulary, one word at a time: the
    // second word of a phrase ("courses taught", "beruflicher werdegang") is none on its own.
    const exact = !word.includes(' ') || word.split(' ').every((w) => MODIFIERS.has(w));
    expect(matchHeadingWording(`Selected ${heading}:`)).toEqual({ kinds: [kind], exact });
  });

  it('lists each word once', () => {
    const words = WORDS.map((w) => w.word);
    expect(words.filter((w, i) => words.indexOf(w) !== i)).toEqual([]);
  });

  it('reads a word listed as "alone" as its kind only when it is the whole heading', () => {
    expect(matchHeadingWording('Latest')).toEqual({ kinds: ['publications'], exact: true });
    expect(matchHeadingWording('Recentes')).toEqual({ kinds: ['publications'], exact: true });
    expect(matchHeadingWording('Experiências recentes').kinds).toEqual(['positions']);
    expect(matchHeadingWording('Latest News').kinds).toEqual(['other']);
    expect(matchHeadingWording('Latest Photos').kinds).toEqual([]);
  });

  it('finds Chinese and Korean words inside a longer heading, where \\b never fires', () => {
    expect(matchHeadingWording('论文发表').kinds).toEqual(['publications']);
    expect(matchHeadingWording('文章发表').kinds).toEqual(['publications']);
    expect(matchHeadingWording('학위 논문').kinds).toEqual(['publications']);
    expect(matchHeadingWording('학력 사항').kinds).toEqual(['education']);
    expect(matchHeadingWording('实习/项目经历').kinds).toEqual(['positions']);
    // Latin words still stand whole: "formations" is no "formation" inside "Information".
    expect(matchHeadingWording('Information').kinds).toEqual([]);
  });

  it('lists no modifier that is also a kind word', () => {
    const kindWords = new Set(WORDS.map((w) => w.word));
    expect([...MODIFIERS].filter((m) => kindWords.has(m))).toEqual([]);
  });

  it('takes a modifier for no kind', () => {
    for (const word of Object.values(lexicon.modifiers).flat())
      expect(matchHeadingWording(word).kinds.length <= 1, word).toBe(true);
  });
});
