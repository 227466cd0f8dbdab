import {
  PUBLICATION_KINDS as KINDS,
  type Entry,
  type Profile,
  type Publication,
} from '../../utils/model/profile';
import { readTruth, SEED_IDS, type SeedId, type Truth, type TruthEntry } from './fixtures';

/**
 * Small realistic profiles built from the truth files, standing in for the parser's output
 * until it lands. The 'pdf' form differs the way a PDF parse does: no source URL, links lost,
 * some venues missing, hyphenated names spelled with spaces.
 */
export type SeedForm = 'html' | 'pdf';

function entry(truth: TruthEntry, form: SeedForm): Entry {
  const title = truth.degree ?? truth.title ?? null;
  const organization = truth.institution ?? truth.organization ?? null;
  const start = form === 'pdf' ? (truth.start?.slice(0, 4) ?? null) : truth.start;
  return {
    title,
    organization,
    location: null,
    start,
    end: truth.end,
    raw: [title, organization].join(', '),
  };
}

/** Deterministic co-authors: the same paper has the same authors in both forms. */
function authorsOf(name: string, count: number, index: number): string[] {
  const others = Array.from({ length: Math.max(0, count - 1) }, (_, i) => `Coauthor${index}x${i} Person`);
  return [name, ...others];
}

function publication(truth: Truth, index: number, form: SeedForm): Publication {
  const p = truth.publications[index]!;
  const kind = KINDS.find((k) => k === p.kind) ?? 'other';
  return {
    title: p.title,
    authors: authorsOf(truth.name, p.authors_count, index),
    venue: form === 'pdf' && index % 3 === 0 ? null : p.venue,
    year: p.year,
    kind,
    status: kind === 'preprint' ? 'preprint' : 'published',
    candidateAuthorIndex: 0,
    equalContribution: false,
    notes: [],
    doi: index % 2 === 0 ? `10.1234/${truth.id}.${index}` : null,
    raw: `${truth.name}. ${p.title}. ${p.venue ?? ''} ${p.year ?? ''}`,
  };
}

export function seedProfile(id: SeedId, form: SeedForm): Profile {
  const truth = readTruth(id);
  const name = form === 'pdf' ? truth.name.replace(/-/g, ' ') : truth.name;
  return {
    schemaVersion: 1,
    source: {
      kind: form,
      url: form === 'html' ? `https://example.org/${id}/cv.html` : null,
      title: `${truth.name} CV`,
      pages: form === 'pdf' ? 2 : null,
    },
    documentKind: id === 'elmhamdi' ? 'letter' : 'cv',
    person: {
      name,
      nameVariants: truth.name_variants.map((v) => ({ name: v, evidence: 'stated in the CV' })),
      emails: truth.emails,
      links: form === 'pdf' ? truth.links.slice(0, 1) : truth.links,
    },
    education: truth.education.map((e) => entry(e, form)),
    positions: truth.positions.map((e) => entry(e, form)),
    publications: truth.publications.map((_, i) => publication(truth, i, form)),
    awards: [],
    talks: [],
    teaching: [],
    service: [],
    skills: [],
    flags: [],
  };
}

export function seedUrl(id: SeedId, form: SeedForm): string {
  return form === 'html' ? `https://example.org/${id}/cv.html` : `file:///cvs/${id}.pdf`;
}

/** Every seed in both forms: six documents, three people. */
export function allSeedDocuments(): { id: SeedId; form: SeedForm; profile: Profile; url: string }[] {
  return SEED_IDS.flatMap((id) =>
    (['html', 'pdf'] as const).map((form) => ({
      id,
      form,
      profile: seedProfile(id, form),
      url: seedUrl(id, form),
    })),
  );
}

/** Someone else who happens to share a seed's name: other email, other work. */
export function namesake(id: SeedId): Profile {
  const base = seedProfile(id, 'html');
  return {
    ...base,
    source: { ...base.source, url: `https://other.example.net/${id}` },
    person: { name: base.person.name, nameVariants: [], emails: [`${id}@other.example.net`], links: [] },
    publications: [
      {
        title: 'Soil Moisture Dynamics in Semi-Arid Grasslands Under Drought',
        authors: [base.person.name ?? '', 'Maria Gonzalez', 'Wei Chen'],
        venue: 'Journal of Hydrology',
        year: 2019,
        kind: 'journal',
        status: 'published',
        candidateAuthorIndex: 0,
        equalContribution: false,
        notes: [],
        doi: null,
        raw: 'Soil Moisture Dynamics in Semi-Arid Grasslands Under Drought. Journal of Hydrology, 2019.',
      },
    ],
    education: [],
    positions: [],
  };
}
