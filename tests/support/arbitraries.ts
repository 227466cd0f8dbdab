import fc from 'fast-check';
import {
  FLAG_KINDS,
  PUBLICATION_KINDS as KINDS,
  type Entry,
  type Item,
  type Profile,
  type Publication,
} from '../../utils/profile/types';
import type { ReviewPatch } from '../../utils/store';

// Few names and emails, so generated people collide, merge and share names often.
const NAMES = ['Ada Lovelace', 'Alan Turing', 'Grace Hopper', 'Lê Nguyễn Hoàng', 'El-Mahdi El-Mhamdi'];
const EMAILS = ['a@x.org', 'b@y.edu', 'c@z.ac.uk'];

const text = fc.string({ maxLength: 30 });
const nullable = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });

const entry: fc.Arbitrary<Entry> = fc.record({
  title: nullable(text),
  organization: nullable(text),
  location: nullable(text),
  start: nullable(fc.constantFrom('2019', '2020-09', '2015')),
  end: nullable(fc.constantFrom('2021', 'present', '2023-06')),
  raw: text,
});

const item: fc.Arbitrary<Item> = fc.record({
  text,
  year: nullable(fc.integer({ min: 1990, max: 2030 })),
  raw: text,
});

const publication: fc.Arbitrary<Publication> = fc.record({
  title: nullable(fc.oneof(text, fc.constantFrom('Deep Learning Theory', 'On Kernels', 'A = B'))),
  authors: fc.array(fc.oneof(fc.constantFrom(...NAMES), text), { maxLength: 4 }),
  venue: nullable(text),
  year: nullable(fc.integer({ min: 1990, max: 2030 })),
  kind: fc.constantFrom(...KINDS),
  status: fc.constantFrom(
    'published' as const,
    'accepted' as const,
    'submitted' as const,
    'preprint' as const,
    null,
  ),
  candidateAuthorIndex: nullable(fc.nat(3)),
  equalContribution: fc.boolean(),
  notes: fc.array(text, { maxLength: 2 }),
  doi: nullable(fc.constantFrom('10.1000/xyz', '10.48550/arXiv.2402.1')),
  raw: text,
});

export const profileArbitrary: fc.Arbitrary<Profile> = fc.record({
  schemaVersion: fc.constant(1 as const),
  source: fc.record({
    kind: fc.constantFrom('html' as const, 'pdf' as const, 'text' as const),
    url: nullable(fc.webUrl()),
    title: nullable(text),
    pages: nullable(fc.nat(20)),
  }),
  documentKind: fc.constantFrom('cv' as const, 'letter' as const, 'unknown' as const),
  person: fc.record({
    name: nullable(fc.constantFrom(...NAMES)),
    nameVariants: fc.array(fc.record({ name: fc.constantFrom(...NAMES), evidence: text }), { maxLength: 2 }),
    emails: fc.subarray(EMAILS),
    links: fc.array(fc.webUrl(), { maxLength: 2 }),
  }),
  education: fc.array(entry, { maxLength: 3 }),
  positions: fc.array(entry, { maxLength: 3 }),
  publications: fc.array(publication, { maxLength: 5 }),
  awards: fc.array(item, { maxLength: 2 }),
  talks: fc.array(item, { maxLength: 2 }),
  teaching: fc.constant([]),
  service: fc.constant([]),
  skills: fc.array(item, { maxLength: 1 }),
  flags: fc.array(
    fc.record({
      kind: fc.constantFrom(...FLAG_KINDS),
      severity: fc.constantFrom('info' as const, 'warning' as const),
      message: text,
    }),
    { maxLength: 2 },
  ),
});

export const reviewArbitrary: fc.Arbitrary<ReviewPatch> = fc.record(
  {
    notes: fc.oneof(text, fc.constantFrom('=HYPERLINK("x")', 'line one\nline "two", three')),
    tags: fc.array(fc.constantFrom('theory', 'ml', 'shortlist', '+1'), { maxLength: 3 }),
    rating: fc.constantFrom(null, 1 as const, 3 as const, 5 as const),
    status: fc.constantFrom('new' as const, 'shortlisted' as const, 'offer' as const),
  },
  { requiredKeys: [] },
);

/** A store's worth of sightings: profiles, the URL each was seen at, and reviews to apply. */
export const sightingsArbitrary = fc.array(
  fc.record({
    profile: profileArbitrary,
    url: nullable(fc.webUrl()),
    review: fc.option(reviewArbitrary, { nil: null }),
  }),
  { minLength: 1, maxLength: 8 },
);
