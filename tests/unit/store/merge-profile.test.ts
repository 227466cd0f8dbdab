import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeProfiles } from '../../../utils/store';
import { normaliseEmail, normaliseLink, titleKey } from '../../../utils/store/normalise';
import { profileArbitrary } from '../../support/arbitraries';
import { seedProfile } from '../../support/profiles';

describe('mergeProfiles', () => {
  it('loses no email, link, variant or publication of either side', () => {
    fc.assert(
      fc.property(profileArbitrary, profileArbitrary, (a, b) => {
        const m = mergeProfiles(a, b);
        const has = (list: string[], key: (s: string) => string, x: string) => list.map(key).includes(key(x));
        for (const e of [...a.person.emails, ...b.person.emails])
          expect(has(m.person.emails, normaliseEmail, e)).toBe(true);
        for (const l of [...a.person.links, ...b.person.links])
          expect(has(m.person.links, normaliseLink, l)).toBe(true);
        const titles = m.publications.map((p) => titleKey(p.title ?? ''));
        for (const p of [...a.publications, ...b.publications])
          if (p.title) expect(titles).toContain(titleKey(p.title));
        // Every publication of the richer list survives one to one.
        expect(m.publications.length).toBeGreaterThanOrEqual(
          Math.max(a.publications.length, b.publications.length),
        );
      }),
    );
  });

  it('changes nothing when a profile merges with itself', () => {
    fc.assert(
      fc.property(profileArbitrary, (a) => {
        expect(mergeProfiles(a, a)).toEqual(a);
      }),
    );
  });

  it('keeps the richer fields and unions by normalised title', () => {
    const html = seedProfile('elesedy', 'html');
    const pdf = seedProfile('elesedy', 'pdf');
    pdf.publications[1] = { ...pdf.publications[1]!, title: pdf.publications[1]!.title!.toUpperCase() + '.' };
    const merged = mergeProfiles(pdf, html);
    expect(merged.publications).toHaveLength(html.publications.length);
    expect(merged.publications.every((p) => p.venue !== null)).toBe(true);
    expect(merged.person.links).toEqual(html.person.links);
    expect(merged.education[0]!.start).toBe('2018');
    expect(merged.documentKind).toBe('cv');
  });

  it('keeps a paper a CV lists twice (workshop and journal version) as two', () => {
    const a = seedProfile('hayou', 'html');
    const twin = { ...a.publications[0]!, kind: 'workshop' as const, venue: 'Some Workshop' };
    a.publications = [a.publications[0]!, twin];
    a.flags = [
      { kind: 'duplicate-publication', severity: 'info', message: 'listed twice', publications: [0, 1] },
    ];
    const b = { ...seedProfile('hayou', 'pdf'), publications: [twin, a.publications[0]!], flags: a.flags };
    const merged = mergeProfiles(a, b);
    expect(merged.publications).toHaveLength(2);
    // b's flag pointed at b's indexes [0, 1] = [twin, original]; they are a's [1, 0].
    expect(merged.flags.map((f) => f.publications)).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });
});
