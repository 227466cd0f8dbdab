import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlToCvDocument } from '../../../utils/acquire/html/from-string';
import { buildProfile } from '../../../utils/profile/build-profile';

/**
 * "Between" labels are made by position: every block inside a list that holds no truth title is
 * taught as between, though some read as references by themselves (second versions, references
 * the truth does not list) or are made of a title's words. Taught as between, they taught the model
 * that a block between two papers is between, and the last of this corpus dev page's three papers
 * (a short list, one paper per card) was read as between. Left free in training (the best path
 * through the known labels stands for them), the third paper is read.
 */
describe('a short list of papers, each card a title, authors and links', () => {
  it('has every paper read as a publication', () => {
    const file = 'tests/corpus/docs/html-jekyll-publist-martin-daniel.html';
    const profile = buildProfile(htmlToCvDocument(fs.readFileSync(file, 'utf8'), null));
    const titles = profile.publications.map((p) => `${p.title ?? ''} ${p.raw}`);
    for (const title of [
      'Growth mixture models outperform simpler clustering algorithms',
      'Teacher emotional support moderates the relation between math self-efficacy',
      'A correction for structural equation modeling fit indices under missingness',
    ])
      expect(titles.some((t) => t.includes(title))).toBe(true);
  });
});
