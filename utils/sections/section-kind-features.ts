import { authorNamePattern, INITIALS_SURNAME, SURNAME_COMMA_INITIALS } from '../names/author-name-shapes';
import { comparisonKey } from '../document/normalize-text';
import { DEGREE, ORGANIZATION, ROLE } from '../lexicon/entry-words';
import { findDateRanges } from '../dates/parse-date-range';
import { YEAR_ALONE } from '../lexicon/year';
import { MEMBERSHIP_WORD, SUPERVISION_WORD } from '../lexicon/section-line-words';
import { matchHeadingWording } from './match-heading-wording';
import type { Section } from './types';

/** "Smith, J.", "J. Smith": how author lists write names. */
const AUTHOR = authorNamePattern([SURNAME_COMMA_INITIALS, INITIALS_SURNAME]);

const share = (n: number, of: number): string => {
  if (of === 0 || n === 0) return 'none';
  const r = n / of;
  return r < 0.25 ? 'few' : r < 0.6 ? 'some' : 'most';
};

/**
 * The named features of a section for the section-kind model: the words of its heading, what the
 * heading lexicon says, and what its lines hold (dates, degrees, roles, organisations, author
 * lists, talk, award, course, membership and supervision words).
 */
export function sectionKindFeatures(section: Section): string[] {
  const heading = section.heading ?? '';
  const out = ['bias'];
  for (const word of comparisonKey(heading)
    .split(' ')
    .filter((w) => w.length > 2))
    out.push(`word:${word}`);
  const wording = matchHeadingWording(heading);
  for (const kind of wording.kinds) out.push(`wording:${kind}`);
  if (wording.exact) out.push('wording:exact');
  if (YEAR_ALONE.test(heading)) out.push('heading:a year alone');
  const texts = section.lines.map((l) => l.line.text);
  const n = texts.length;
  out.push(`lines:${n < 3 ? '<3' : n < 10 ? '3-9' : n < 30 ? '10-29' : '30+'}`);
  const count = (test: (t: string) => boolean): number => texts.filter(test).length;
  out.push(
    `dated:${share(
      count((t) => findDateRanges(t).length > 0),
      n,
    )}`,
  );
  out.push(
    `degree:${share(
      count((t) => DEGREE.test(t)),
      n,
    )}`,
  );
  out.push(
    `role:${share(
      count((t) => ROLE.test(t)),
      n,
    )}`,
  );
  out.push(
    `organisation:${share(
      count((t) => ORGANIZATION.test(t)),
      n,
    )}`,
  );
  out.push(
    `authors:${share(
      count((t) => AUTHOR.test(t)),
      n,
    )}`,
  );
  out.push(
    `talk words:${share(
      count((t) => /\b(?:invited|talk|seminar|colloquium|conference|workshop|presented|poster)\b/i.test(t)),
      n,
    )}`,
  );
  out.push(
    `award words:${share(
      count((t) => /\b(?:award|prize|fellowship|grant|scholarship|medal|honou?r)\b/i.test(t)),
      n,
    )}`,
  );
  out.push(
    `course words:${share(
      count((t) => /\b(?:course|lecture|tutorial|seminar|teaching|[A-Z]{2,4}\s?\d{3})\b/.test(t)),
      n,
    )}`,
  );
  // A membership list and a supervision list read as posts by their role words ("Member",
  // "Advisor") and dates: what they are about tells them apart.
  out.push(
    `membership words:${share(
      count((t) => MEMBERSHIP_WORD.test(t)),
      n,
    )}`,
  );
  out.push(
    `supervision words:${share(
      count((t) => SUPERVISION_WORD.test(t)),
      n,
    )}`,
  );
  out.push(
    `long lines:${share(
      count((t) => t.length > 150),
      n,
    )}`,
  );
  return out;
}
