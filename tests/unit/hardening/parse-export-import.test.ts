import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXPORTERS } from '../../../utils/export';
import { importBackup } from '../../../utils/import';
import { profileFromHtml } from '../../../utils/profile/profile-from-html';
import { profileOf } from '../../../utils/store';
import { freshStore } from '../../support/store';

const NOW = new Date('2025-06-01T12:00:00Z');
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Text a CV may hold anywhere, markup-like and unicode included; it is escaped into the page. */
const freeText = fc.oneof(
  fc.constantFrom('Oxford', 'Université Paris-Saclay', 'ETH Zürich', '<b>not bold</b>', 'A & B', '“quoted”'),
  fc.string({ minLength: 1, maxLength: 20 }),
);

const cvPage = fc
  .record({
    name: fc.constantFrom('Ada Lovelace', 'Lê Nguyễn Hoàng', 'El-Mahdi El-Mhamdi', 'Grace Hopper'),
    email: fc.constantFrom('ada@example.org', 'le.hoang@epfl.ch'),
    education: fc.array(fc.record({ from: fc.integer({ min: 1990, max: 2015 }), place: freeText }), {
      minLength: 1,
      maxLength: 3,
    }),
    publications: fc.array(
      fc.record({ title: freeText, venue: freeText, year: fc.integer({ min: 1995, max: 2025 }) }),
      { maxLength: 6 },
    ),
  })
  .map(({ name, email, education, publications }) => {
    const edu = education.map((e) => `<li>${e.from} – ${e.from + 4}: PhD, ${escape(e.place)}</li>`).join('');
    const pubs = publications
      .map((p) => `<li>${name}, Alan Turing. ${escape(p.title)}. <i>${escape(p.venue)}</i>, ${p.year}.</li>`)
      .join('');
    return `<html><head><title>${name}</title></head><body><main><h1>${name}</h1>
      <p><a href="mailto:${email}">${email}</a></p><h2>Education</h2><ul>${edu}</ul>
      <h2>Publications</h2><ol>${pubs}</ol></main></body></html>`;
  });

describe('parse, export, import', () => {
  it('keeps every parsed profile as it was', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(cvPage, { minLength: 1, maxLength: 3 }), async (pages) => {
        const { store } = await freshStore();
        const parsed = pages.map((html, i) => profileFromHtml(html, `https://example.org/${i}`));
        // A name, an email, a dated degree and a publication list: a CV or a person's profile page, as
        // the fitted document-kind model decides — either way a profile, never "unknown".
        expect(parsed.every((p) => p.documentKind !== 'unknown' && p.person.name !== null)).toBe(true);
        for (const [i, profile] of parsed.entries())
          await store.upsertProfile(profile, `https://example.org/${i}`);
        const records = await store.all();
        const backup = EXPORTERS.json.run(records, NOW);
        const { store: target } = await freshStore();
        expect(await importBackup(target, backup)).toMatchObject({ ok: true, added: records.length });
        const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
        expect((await target.all()).sort(byId)).toEqual(records.sort(byId));
        // A person seen once is stored as parsed, so the profile itself survives the trip.
        if (records.length === parsed.length)
          for (const record of await target.all()) expect(parsed).toContainEqual(profileOf(record));
        store.close();
        target.close();
      }),
      { numRuns: 25 },
    );
  });
});
