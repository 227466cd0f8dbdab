import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlToCvDocument } from '../../../utils/acquire/html/from-string';
import { buildProfile } from '../../../utils/profile/build-profile';

/**
 * The publication-block model is fitted on every training document twice, the second time with the
 * person's surname withheld, so a list on which the reader finds no name (here a film-maker's
 * Spanish list of writings, a corpus dev page, whose name the name model misses) keeps its entries.
 * Fitted with the surname only, the model rejected every block of this page.
 */
describe('a publication list whose person the reader does not find', () => {
  it('still has its entries read as publications', () => {
    const file = 'tests/corpus/docs/html-alfolio-publist-sucari.html';
    const profile = buildProfile(htmlToCvDocument(fs.readFileSync(file, 'utf8'), null));
    expect(profile.documentKind).toBe('publication-list');
    expect(profile.publications.length).toBeGreaterThanOrEqual(10);
  });
});
