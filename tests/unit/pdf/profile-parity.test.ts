import { describe, expect, it } from 'vitest';
import { buildProfile } from '../../../utils/profile/build-profile';
import { readTruth, SEED_IDS } from '../../support/fixtures';
import { seedDoc } from './support';

/** The seed PDFs must give what a careful reader finds, as their HTML pages do. */
describe.each(SEED_IDS)('%s.pdf → profile', (id) => {
  it('has the truth’s name, emails, education, positions and publication count', async () => {
    const truth = readTruth(id);
    const profile = buildProfile(await seedDoc(id));
    expect(profile.source.kind).toBe('pdf');
    expect(profile.person.name).toBe(truth.name);
    expect(profile.person.emails).toEqual(truth.emails);
    expect(profile.person.nameVariants.map((v) => v.name)).toEqual(
      expect.arrayContaining(truth.name_variants),
    );
    expect(profile.education.map((e) => [e.title, e.organization, e.start, e.end])).toEqual(
      truth.education.map((e) => [e.degree, e.institution, e.start, e.end]),
    );
    expect(profile.positions.map((e) => [e.title, e.organization, e.start, e.end])).toEqual(
      truth.positions.map((e) => [e.title, e.organization, e.start, e.end]),
    );
    expect(profile.publications).toHaveLength(truth.publications.length);
  });
});
