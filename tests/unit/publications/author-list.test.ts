import { describe, expect, it } from 'vitest';
import { parseAuthorList } from '../../../utils/publications/author-list';

const names = (text: string) => parseAuthorList(text)?.authors.map((a) => a.name) ?? [];

describe('parseAuthorList', () => {
  it('reads a family name that begins like an editors’ mark as a name', () => {
    expect(
      names('Vortac, O., Edwards, M., Fuller, D., and Manning, C., “Automation in air traffic.”'),
    ).toEqual(['Vortac, O.', 'Edwards, M.', 'Fuller, D.', 'Manning, C.']);
  });

  it('still ends the list at an editors’ mark with more glued on', () => {
    const text = 'Rees, J. (Eds.)2019. The revised report.';
    const list = parseAuthorList(text)!;
    expect(list.authors.map((a) => a.name)).toEqual(['Rees, J.']);
    expect(text.slice(list.end).trim()).toBe('The revised report.');
  });

  it('ends the list at any contributor role of the lexicon with more glued on', () => {
    const text = 'Weber, K. (Hrsg.)2004. Die Reiher am Fluss.';
    const list = parseAuthorList(text)!;
    expect(list.authors.map((a) => a.name)).toEqual(['Weber, K.']);
    expect(text.slice(list.end).trim()).toBe('Die Reiher am Fluss.');
  });
});
