import { describe, expect, it } from 'vitest';
import { LIST_NOTE } from '../../../utils/lexicon/list-notes';

describe('notes about a publication list', () => {
  it('are told by their phrases, in several languages', () => {
    expect(LIST_NOTE.test('For a complete list, see my Google Scholar page.')).toBe(true);
    expect(LIST_NOTE.test('* denotes equal contribution')).toBe(true);
    expect(LIST_NOTE.test('Voir la liste complète sur HAL')).toBe(true);
  });

  it('not by an entry that merely holds a similar word', () => {
    expect(LIST_NOTE.test('A. Smith. Scholarly networks of Google employees. PLoS ONE, 2020.')).toBe(false);
    expect(LIST_NOTE.test('B. Jones. Indicators of fiscal stress. J. Public Econ., 2019.')).toBe(false);
  });
});
