import { describe, expect, it } from 'vitest';
import { extractIdentifiers } from '../../../utils/publications/clean-entry';
import { styledFromInput } from '../../../utils/publications/styled-text';

/** The entry's text once identifiers and link labels are blanked, spaces collapsed. */
function blanked(raw: string): string {
  const st = styledFromInput(raw, []);
  extractIdentifiers(st, []);
  return st.text.replace(/\s+/g, ' ').trim();
}

describe('extractIdentifiers', () => {
  it('blanks the link labels a CV line ends with', () => {
    expect(blanked('Deep Sets. NeurIPS 2017. pdf | code | video')).toBe('Deep Sets. NeurIPS 2017. | |');
    expect(blanked('Deep Sets. NeurIPS 2017. Slides, Poster')).toBe('Deep Sets. NeurIPS 2017. ,');
    expect(blanked('Deep Sets. NeurIPS 2017 — PDF · Video')).toBe('Deep Sets. NeurIPS 2017 — ·');
  });

  it('keeps a label word that ends a title or a phrase of it', () => {
    expect(blanked('Kernel Support for Live Digital Audio and Video, Computer Communications, 1992.')).toBe(
      'Kernel Support for Live Digital Audio and Video, Computer Communications, 1992.',
    );
    expect(blanked('Interactions between debugging and optimised code. PhD thesis, 1984.')).toBe(
      'Interactions between debugging and optimised code. PhD thesis, 1984.',
    );
  });
});
