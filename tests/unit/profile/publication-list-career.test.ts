import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlToCvDocument } from '../../../utils/acquire/html/from-string';
import { buildProfile } from '../../../utils/profile/build-profile';

/**
 * A page read as a publication list gives no education and no positions: the degrees and posts it
 * mentions are a thesis's entry or a note, not a career the page sets out (the corpus's lists, dev
 * pages here, carry none). Before, this list's thesis entry ("BA Thesis, University of Copenhagen")
 * was read as its owner's degree, and a talk's "Columbia University Postdoctoral Symposium" on
 * another list as a post.
 */
describe('a publication list', () => {
  it.each(['html-jekyll-publist-knudsen', 'html-publist-jeurissen'])(
    '%s is read for its publications, with no career',
    (id) => {
      const file = `tests/corpus/docs/${id}.html`;
      const profile = buildProfile(htmlToCvDocument(fs.readFileSync(file, 'utf8'), null));
      expect(profile.documentKind).toBe('publication-list');
      expect(profile.publications.length).toBeGreaterThan(0);
      expect(profile.education).toEqual([]);
      expect(profile.positions).toEqual([]);
    },
  );
});
