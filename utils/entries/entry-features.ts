import { withNeighbours } from '../learn/neighbour-features';
import { DEGREE, ORGANIZATION, ROLE } from '../lexicon/entry-words';
import { authorNamePattern, SURNAME_COMMA_INITIALS } from '../names/author-name-shapes';

const SURNAME_COMMA_INITIALS_PATTERN = authorNamePattern([SURNAME_COMMA_INITIALS]);

/** An education or position entry as parsed, with where it came from. */
export interface CandidateEntry {
  /** The list it goes to: a degree found in a career section goes to education. */
  list: 'education' | 'positions';
  /** The kind of the section it was found in. */
  sectionKind: string;
  title: string | null;
  organization: string | null;
  location: string | null;
  start: string | null;
  end: string | null;
  raw: string;
}

const lengthBucket = (n: number): string =>
  n < 40 ? '<40' : n < 120 ? '40-119' : n < 300 ? '120-299' : '300+';

function ownFeatures(e: CandidateEntry): string[] {
  const out = ['bias', `list:${e.list}`, `section:${e.sectionKind}`, `length:${lengthBucket(e.raw.length)}`];
  if (e.list === 'education' && e.sectionKind !== 'education') out.push('routed:degree in a career section');
  out.push(
    e.start && e.end ? 'date:range' : e.end ? 'date:end only' : e.start ? 'date:start only' : 'date:none',
  );
  if (e.end === 'present') out.push('date:ongoing');
  if (e.title === null) out.push('title:none');
  else {
    if (ROLE.test(e.title)) out.push('title:role word');
    if (DEGREE.test(e.title)) out.push('title:degree word');
    if (e.title.length > 100) out.push('title:long');
  }
  if (e.organization === null) out.push('organisation:none');
  else if (ORGANIZATION.test(e.organization)) out.push('organisation:organisation word');
  if (e.title !== null && e.organization !== null) out.push('entry:title and organisation');
  if (e.location !== null) out.push('entry:location');
  if (/[a-z]{3}\.\s+\p{Lu}/u.test(e.raw) && e.raw.length > 100) out.push('raw:sentences');
  if (/^with\s/i.test(e.raw)) out.push('raw:starts "with"');
  if (/["“”]/.test(e.raw)) out.push('raw:quotes');
  if (SURNAME_COMMA_INITIALS_PATTERN.test(e.raw)) out.push('raw:author list');
  return out;
}

const CONTEXT = ['date:', 'title:none', 'organisation:none'];

/** The named features of the entries of one section, each with some of its neighbours'. */
export function entryFeatures(entries: readonly CandidateEntry[]): string[][] {
  const own = entries.map(ownFeatures);
  return withNeighbours(own, CONTEXT);
}
