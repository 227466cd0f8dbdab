import { withNeighbours } from '../learn/neighbour-features';
import { DEGREE, ORGANIZATION, ROLE } from '../lexicon/entry-words';
import type { Entry } from '../model/profile';
import { authorNamePattern, SURNAME_COMMA_INITIALS } from '../names/author-name-shapes';
import type { SectionKind } from '../sections/types';

const SURNAME_COMMA_INITIALS_PATTERN = authorNamePattern([SURNAME_COMMA_INITIALS]);

/**
 * A candidate entry of an education or career section, read both ways: as a degree and as a post.
 * Which reading is right — or neither (a paper's abstract, a "With X" line, a stray date) — is the
 * entry model's decision, so a post listed under "Education and Employment" and a degree listed
 * under "Career" each reach their own list.
 */
export interface CandidateEntry {
  /** The kinds of the section it was found in, its main kind first. */
  sectionKinds: readonly SectionKind[];
  asDegree: Entry;
  asPost: Entry;
  /** The organisation a line above this entry or an earlier one of its section named for the entries under it. */
  heading: string | null;
}

const lengthBucket = (n: number): string =>
  n < 40 ? '<40' : n < 120 ? '40-119' : n < 300 ? '120-299' : '300+';

/** A title that opens with a degree's name ("Dr. rer. nat.", "MSc in …") and names no post. */
function opensWithDegree(title: string | null): boolean {
  return title !== null && DEGREE.exec(title)?.index === 0 && !ROLE.test(title);
}

function readingFeatures(reading: 'degree' | 'post', e: Entry): string[] {
  const out: string[] = [];
  const mark = (feature: string): number => out.push(`${reading} ${feature}`);
  if (e.title === null) mark('title:none');
  else {
    if (ROLE.test(e.title)) mark('title:role word');
    if (DEGREE.test(e.title)) mark('title:degree word');
    if (opensWithDegree(e.title)) mark('title:opens with a degree');
    if (e.title.length > 100) mark('title:long');
  }
  if (e.organization === null) mark('organisation:none');
  else if (ORGANIZATION.test(e.organization)) mark('organisation:organisation word');
  if (e.title !== null && e.organization !== null) mark('entry:title and organisation');
  return out;
}

function ownFeatures({ sectionKinds, asDegree, asPost }: CandidateEntry): string[] {
  const raw = asPost.raw;
  const out = ['bias', `section:${sectionKinds[0]}`, `length:${lengthBucket(raw.length)}`];
  if (sectionKinds.includes('education') && sectionKinds.includes('positions'))
    out.push('section:education and positions');
  // Conjunctions a linear model cannot build itself: an entry that reads as the other list's.
  if (sectionKinds[0] === 'positions' && opensWithDegree(asPost.title))
    out.push('section:career, entry opens with a degree');
  if (
    sectionKinds[0] === 'education' &&
    asPost.title !== null &&
    ROLE.test(asPost.title) &&
    !(asDegree.title !== null && DEGREE.test(asDegree.title))
  )
    out.push('section:education, entry names a post and no degree');
  out.push(
    asPost.start && asPost.end
      ? 'date:range'
      : asPost.end
        ? 'date:end only'
        : asPost.start
          ? 'date:start only'
          : 'date:none',
  );
  if (asPost.end === 'present') out.push('date:ongoing');
  out.push(...readingFeatures('degree', asDegree), ...readingFeatures('post', asPost));
  if (asPost.location !== null) out.push('entry:location');
  if (/[a-z]{3}\.\s+\p{Lu}/u.test(raw) && raw.length > 100) out.push('raw:sentences');
  if (/^with\s/i.test(raw)) out.push('raw:starts "with"');
  if (/["“”]/.test(raw)) out.push('raw:quotes');
  if (SURNAME_COMMA_INITIALS_PATTERN.test(raw)) out.push('raw:author list');
  return out;
}

const CONTEXT = ['date:', 'degree title:none', 'post title:none', 'post organisation:none'];

/** The named features of the entries of one section, each with some of its neighbours'. */
export function entryFeatures(entries: readonly CandidateEntry[]): string[][] {
  const own = entries.map(ownFeatures);
  return withNeighbours(own, CONTEXT);
}
