import type { Profile } from '../../utils/profile/types';
import { SOURCE_NAMES } from '../../utils/scholar/labels';
import { SOURCE_IDS, type ScholarPart } from '../../utils/scholar/types';
import { doctorateOf } from '../../utils/store/candidate-summary';
import { isFirstAuthor, isLastAuthor } from '../publications/rows';
import { currentPosition } from './format';

/** The popup's first line, the answer before the detail: each part null when the document does not say. */
export interface HeaderFacts {
  /** "PhD in Statistics, 2021 (5 years ago)", the doctorate if there is one, else the latest degree. */
  degree: string | null;
  role: string | null;
  /** "24 publications: 10 first-author, 3 last-author". */
  publications: string;
  /** "1,234 citations, h 12 (OpenAlex)": the source counting the most citations, named. */
  citations: string | null;
}

function plural(count: number, word: string): string {
  return `${count.toLocaleString('en')} ${word}${count === 1 ? '' : 's'}`;
}

function yearOf(date: string | null): number | null {
  const match = date?.match(/^(\d{4})/);
  return match ? Number(match[1]) : null;
}

function since(year: number, nowYear: number): string {
  const years = nowYear - year;
  if (years < 0) return 'expected';
  if (years === 0) return 'this year';
  return `${plural(years, 'year')} ago`;
}

function degreeText(profile: Profile, nowYear: number): string | null {
  const latest = [...profile.education]
    .filter((e) => e.end === 'present' || yearOf(e.end) !== null)
    .sort(
      (a, b) =>
        (b.end === 'present' ? 1 : 0) - (a.end === 'present' ? 1 : 0) ||
        (yearOf(b.end) ?? 0) - (yearOf(a.end) ?? 0),
    )[0];
  const degree = doctorateOf(profile) ?? latest ?? null;
  if (!degree) return null;
  const name = degree.title ?? degree.raw;
  if (degree.end === 'present') return `${name}, ongoing`;
  const year = yearOf(degree.end);
  return year === null ? name : `${name}, ${year} (${since(year, nowYear)})`;
}

function citationsText(scholar: ScholarPart | undefined): string | null {
  if (!scholar) return null;
  const best = SOURCE_IDS.map((source) => ({ source, metrics: scholar.metrics.bySource[source] }))
    .filter(({ metrics }) => metrics?.citations !== null && metrics?.citations !== undefined)
    .sort((a, b) => (b.metrics?.citations ?? 0) - (a.metrics?.citations ?? 0))[0];
  if (!best?.metrics) return null;
  const h = best.metrics.hIndex === null ? '' : `, h ${best.metrics.hIndex}`;
  return `${plural(best.metrics.citations ?? 0, 'citation')}${h} (${SOURCE_NAMES[best.source]})`;
}

export function headerFacts(
  profile: Profile,
  scholar: ScholarPart | undefined,
  nowYear: number,
): HeaderFacts {
  const { publications } = profile;
  const first = publications.filter(isFirstAuthor).length;
  const last = publications.filter(isLastAuthor).length;
  const roles = publications.length > 0 ? `: ${first} first-author, ${last} last-author` : '';
  return {
    degree: degreeText(profile, nowYear),
    role: currentPosition(profile),
    publications: `${plural(publications.length, 'publication')}${roles}`,
    citations: citationsText(scholar),
  };
}
