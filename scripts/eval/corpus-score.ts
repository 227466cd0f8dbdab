import type { Profile } from '../../utils/model/profile';
import type { CorpusTruth } from '../corpus/corpus';
import { UNSPACED_LETTERS } from '../../utils/lexicon/compile';

/**
 * The scoring rules CV Lens is measured by outside the repository (shared/tools/score-cv.mjs),
 * restated here so the corpus eval runs from a bare clone: the name (initials aside), publications
 * found (a truth title's words stand in some entry) and right (title Dice ≥ .8, one to one),
 * education and positions matched by organisation coverage, dates compared by year.
 */
export interface CorpusScore {
  name: number;
  /** Share of truth publications whose title words stand in some entry; null with no truth publication. */
  pubsFound: number | null;
  /** F1 of entries matched to truth publications by title; null when the truth list is incomplete. */
  pubsRight: number | null;
  educationF1: number;
  positionsF1: number;
  /** Share of matched education and position entries whose start and end years agree; null with none. */
  dates: number | null;
  /** Whether the document kind is the truth's (cv, publication-list, profile-page, letter, unknown). */
  kindRight: boolean;
  /** The kind the reader gave, to show beside a wrong one. */
  predictedKind: string;
  truthPubs: number;
  predictedPubs: number;
}

const FOLDS: [RegExp, string][] = [
  [/ı/g, 'i'],
  [/ø/g, 'o'],
  [/ł/g, 'l'],
  [/ß/g, 'ss'],
  [/æ/g, 'ae'],
  [/đ/g, 'd'],
];

function norm(text: string | null | undefined): string {
  let out = (text ?? '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  for (const [from, to] of FOLDS) out = out.replace(from, to);
  return out
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Han and kana, scripts without spaces between words: each character stands for a word here. */
const UNSPACED_CHARACTER = new RegExp(`[${UNSPACED_LETTERS}]`, 'gu');

/**
 * How a comparison reads a wording's words: as the scorer does (a-z and digits only), or with each
 * Han or kana character as a word besides. The scorer's reading gives "南京大学" no word, so a
 * Chinese entry never matches. The entry-start and prose models' labels read with any script, or
 * every Chinese degree and post would teach them to drop such entries. The entry model's labels do
 * not: refitted on them it moved a post of a mixed "Education and Employment" list to education
 * (tests/unit/profile/career-section.test.ts) and lost education held out.
 */
export type Words = 'scorer' | 'any script';

/**
 * Each wording's words, worked out once per reading: the training of the publication-block model
 * compares every truth title with every block of its document. The sets are only ever read.
 */
const wordSets: Record<Words, Map<string, ReadonlySet<string>>> = {
  scorer: new Map(),
  'any script': new Map(),
};
function wordsOf(text: string | null | undefined, words: Words): ReadonlySet<string> {
  const key = text ?? '';
  let set = wordSets[words].get(key);
  if (!set) {
    const scorer = new Set(norm(key).split(' ').filter(Boolean));
    set = words === 'scorer' ? scorer : new Set([...scorer, ...(key.match(UNSPACED_CHARACTER) ?? [])]);
    wordSets[words].set(key, set);
  }
  return set;
}

/** How many of a's words b holds. */
function sharedWords(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared;
}

/** Dice overlap of two wordings' word sets. */
export function dice(
  a: string | null | undefined,
  b: string | null | undefined,
  words: Words = 'scorer',
): number {
  const A = wordsOf(a, words);
  const B = wordsOf(b, words);
  if (A.size === 0 || B.size === 0) return 0;
  return (2 * sharedWords(A, B)) / (A.size + B.size);
}

/** Share of a's words found in b. */
export function cover(
  a: string | null | undefined,
  b: string | null | undefined,
  words: Words = 'scorer',
): number {
  const A = wordsOf(a, words);
  if (A.size === 0) return 0;
  return sharedWords(A, wordsOf(b, words)) / A.size;
}

const yearOf = (d: string | number | null | undefined): string | null => {
  if (d == null) return null;
  const s = String(d);
  return s.match(/\d{4}/)?.[0] ?? (s.toLowerCase() === 'present' ? 'present' : null);
};
const endYearOf = (d: string | null | undefined): string | null =>
  d != null && /present|current|now|today/i.test(d) ? 'present' : yearOf(d);

/** Greedy one-to-one matching, best pairs first. */
function match<T, P>(truth: T[], pred: P[], key: (t: T, p: P) => number, min: number): [T, P][] {
  const pairs: [number, number, number][] = [];
  truth.forEach((t, i) =>
    pred.forEach((p, j) => {
      const s = key(t, p);
      if (s >= min) pairs.push([s, i, j]);
    }),
  );
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const usedT = new Set<number>();
  const usedP = new Set<number>();
  const out: [T, P][] = [];
  for (const [, i, j] of pairs) {
    if (usedT.has(i) || usedP.has(j)) continue;
    usedT.add(i);
    usedP.add(j);
    out.push([truth[i]!, pred[j]!]);
  }
  return out;
}

const f1 = (p: number, r: number): number => (p + r > 0 ? (2 * p * r) / (p + r) : 0);

function nameScore(truth: CorpusTruth, got: string | null): number {
  const core = (s: string | null | undefined): string =>
    norm(s)
      .split(' ')
      .filter((t) => t.length > 1)
      .join(' ');
  if (truth.name === null) return got === null ? 1 : 0;
  if (core(got) !== '' && core(got) === core(truth.name)) return 1;
  return truth.name_variants.some((v) => core(v) === core(got)) ? 0.5 : 0;
}

interface EntryScore {
  f1: number;
  matched: number;
  datesRight: number;
}

/**
 * How well a read entry matches a truth entry: the organisation decides (as a field, or inside the
 * raw text), the title breaks ties. ENTRY_MATCH or more is a match.
 */
export function entryMatch(
  org: string | null,
  title: string | null,
  p: { organization: string | null; title: string | null; raw: string },
  words: Words = 'scorer',
): number {
  return (
    Math.max(
      dice(org, p.organization, words),
      cover(org, `${p.organization ?? ''} ${p.title ?? ''} ${p.raw}`, words),
    ) +
    0.2 * dice(title ?? '', `${p.title ?? ''} ${p.raw}`, words)
  );
}

export const ENTRY_MATCH = 0.6;

function scoreEntries<T extends { start: string | null; end: string | null }>(
  truth: T[],
  pred: Profile['education'],
  org: (t: T) => string | null,
  title: (t: T) => string | null,
): EntryScore {
  const key = (t: T, p: Profile['education'][number]): number => entryMatch(org(t), title(t), p);
  const m = match(truth, pred, key, ENTRY_MATCH);
  const recall = truth.length ? m.length / truth.length : 0;
  const precision = pred.length ? m.length / pred.length : 0;
  return {
    f1: truth.length === 0 ? (pred.length === 0 ? 1 : 0) : f1(precision, recall),
    matched: m.length,
    datesRight: m.filter(
      ([t, p]) => yearOf(t.start) === yearOf(p.start) && endYearOf(t.end) === endYearOf(p.end),
    ).length,
  };
}

export function scoreCorpusDocument(truth: CorpusTruth, profile: Profile): CorpusScore {
  const tp = truth.publications;
  const pp = profile.publications;
  const complete = tp.length === (truth.counts.publications ?? tp.length);
  const right = match(tp, pp, (t, p) => dice(t.title, p.title ?? p.raw), 0.8);
  const found = match(tp, pp, (t, p) => cover(t.title, `${p.raw} ${p.title ?? ''}`), 0.8);
  let pubsRight: number | null = null;
  if (complete) {
    pubsRight =
      tp.length === 0
        ? pp.length === 0
          ? 1
          : 0
        : f1(pp.length ? right.length / pp.length : 0, right.length / tp.length);
  }
  const education = scoreEntries(
    truth.education,
    profile.education,
    (t) => t.institution,
    (t) => t.degree,
  );
  const positions = scoreEntries(
    truth.positions,
    profile.positions,
    (t) => t.organization,
    (t) => t.title,
  );
  const matchedEntries = education.matched + positions.matched;
  return {
    name: nameScore(truth, profile.person.name),
    pubsFound: tp.length ? found.length / tp.length : null,
    pubsRight,
    educationF1: education.f1,
    positionsF1: positions.f1,
    dates: matchedEntries ? (education.datesRight + positions.datesRight) / matchedEntries : null,
    kindRight: truth.document_kind === profile.documentKind,
    predictedKind: profile.documentKind,
    truthPubs: tp.length,
    predictedPubs: pp.length,
  };
}
