import { describe, expect, it, vi } from 'vitest';
import { profileFromHtml } from '../../../utils/profile/profile-from-html';
import { readFixture, readTruth, readOwnPage, ownPageIds, SEED_IDS } from '../../support/fixtures';

// The publication parser belongs to another module with its own tests; here it is replaced by a stand-in
// that keeps one publication per input, so these tests check this stage's contract only.
vi.mock('../../../utils/publications/index', () => ({
  analysePublications: (inputs: { raw: string }[]) => ({
    publications: inputs.map((i) => ({ raw: i.raw })),
    nameVariants: [],
    flags: [],
  }),
}));

const seed = (id: string) => profileFromHtml(readFixture(`seeds/html/${id}.html`), null);

describe('buildProfile on the seed pages', () => {
  it.each(SEED_IDS)('%s: name, emails, entries with dates, counts', (id) => {
    const truth = readTruth(id);
    const profile = seed(id);
    expect(profile.person.name).toBe(truth.name);
    expect(profile.person.emails).toEqual(truth.emails);
    expect(profile.education.map((e) => [e.start, e.end])).toEqual(
      truth.education.map((e) => [e.start, e.end]),
    );
    expect(profile.positions.map((e) => [e.start, e.end])).toEqual(
      truth.positions.map((e) => [e.start, e.end]),
    );
    expect(profile.publications).toHaveLength(truth.publications.length);
    for (const kind of ['awards', 'talks', 'teaching'] as const) {
      if (typeof truth.counts[kind] === 'number')
        expect(profile[kind], kind).toHaveLength(truth.counts[kind]!);
    }
  });

  it('recognises the cover letter, with its PhD at EPFL', () => {
    const profile = seed('elmhamdi');
    expect(profile.documentKind).toBe('letter');
    expect(profile.education[0]).toMatchObject({ title: 'PhD', organization: 'EPFL' });
    expect(profile.person.links).toContain('https://twitter.com/L_badikho');
  });

  it('gives the CV pages kind cv and the homepage link', () => {
    expect(seed('hayou').documentKind).toBe('cv');
    expect(seed('hayou').person.links).toEqual(['https://www.soufianehayou.com/']);
  });
});

describe('buildProfile on our own pages', () => {
  it('gives a news article no CV content, never an invented profile', () => {
    const profile = profileFromHtml(readOwnPage('news-article').html, null);
    expect(profile.documentKind).toBe('unknown');
    expect(profile.person.name).toBeNull();
    expect(profile.flags).toEqual([
      { kind: 'no-cv', severity: 'warning', message: 'No CV content found on this page.' },
    ]);
  });

  it.each(ownPageIds().filter((id) => id !== 'news-article'))('%s: name, emails and dated entries', (id) => {
    const { html, truth } = readOwnPage(id);
    const profile = profileFromHtml(html, null);
    expect(profile.person.name).toBe(truth.name);
    expect(profile.person.emails).toEqual(truth.emails);
    const ends = [...profile.education, ...profile.positions].map((e) => e.end);
    for (const entry of [...truth.education, ...truth.positions]) expect(ends).toContain(entry.end);
  });

  it('deobfuscates "name [at] domain [dot] edu"', () => {
    const profile = profileFromHtml(readOwnPage('faculty-directory').html, null);
    expect(profile.person.emails).toEqual(['praghu@northfield-state.edu']);
  });
});
