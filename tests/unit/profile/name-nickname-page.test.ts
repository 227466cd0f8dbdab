import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlToCvDocument } from '../../../utils/acquire/html/from-string';
import { buildProfile } from '../../../utils/profile/build-profile';

/**
 * A dev corpus member page whose h1 and title give the name with a nickname in brackets and the
 * person's pronouns: main proposed no candidate at all, read the page as unknown and emptied it.
 */
describe('a member page whose name holds a nickname in brackets', () => {
  it('has its person named', { timeout: 20_000 }, () => {
    const file = 'tests/corpus/docs/html-quarto-member-baca.html';
    const profile = buildProfile(htmlToCvDocument(fs.readFileSync(file, 'utf8'), null));
    expect(profile.person.name).toBe('Elliett (Ellie) Baca');
  });
});
