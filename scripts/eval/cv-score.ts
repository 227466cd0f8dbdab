import type { Entry, Profile } from '../../utils/model/profile';
import { comparisonKey } from '../../utils/document/normalize-text';

/** The truth file shape of tests/fixtures/seeds/truth/. */
export interface CvTruth {
  id: string;
  name: string | null;
  emails: string[];
  education: { degree?: string; institution?: string; start: string | null; end: string | null }[];
  positions: { title?: string; organization?: string; start: string | null; end: string | null }[];
  publications: { title: string }[];
  counts: Record<string, number | null>;
  document_kind?: string;
}

export interface CvScore {
  name: number;
  emails: number;
  entries: number;
  publications: number;
  counts: number;
  exact: number;
  lenient: number;
  overall: number;
}

const key = (s: string | null | undefined): string => comparisonKey(s ?? '');

function exactMatch(a: string | null | undefined, b: string | null | undefined): boolean {
  return key(a) === key(b);
}

/** Lenient: one contains the other, or most words are shared; dates agree on the year. */
function lenientMatch(truth: string | null | undefined, got: string | null | undefined): boolean {
  const t = key(truth);
  const g = key(got);
  if (t === g) return true;
  if (!t || !g) return false;
  if (/^\d{4}/.test(t) && /^\d{4}/.test(g)) return t.slice(0, 4) === g.slice(0, 4);
  if (t.includes(g) || g.includes(t)) return true;
  const tw = new Set(t.split(' '));
  const shared = g.split(' ').filter((w) => tw.has(w)).length;
  return shared / Math.max(tw.size, g.split(' ').length) >= 0.6;
}

interface FieldTally {
  total: number;
  exact: number;
  lenient: number;
}

function tally(t: FieldTally, truth: string | null | undefined, got: string | null | undefined): void {
  t.total++;
  if (exactMatch(truth, got)) t.exact++;
  if (lenientMatch(truth, got)) t.lenient++;
}

type TruthEntry = { title: string | null; org: string | null; start: string | null; end: string | null };

function bestMatch(truth: TruthEntry, got: Entry[], used: Set<Entry>): Entry | null {
  let best: Entry | null = null;
  let bestScore = 0;
  for (const e of got) {
    if (used.has(e)) continue;
    let s = 0;
    if (lenientMatch(truth.org, e.organization)) s += 2;
    if (lenientMatch(truth.title, e.title)) s += 2;
    if (truth.start && truth.start === e.start) s += 1;
    if (truth.end && truth.end === e.end) s += 1;
    if (s > bestScore) {
      best = e;
      bestScore = s;
    }
  }
  return bestScore >= 2 ? best : null;
}

/** Scores a profile against its truth: each part in 0–1, fields exact and lenient, and their mean. */
export function scoreCv(profile: Profile, truth: CvTruth): CvScore {
  const fields: FieldTally = { total: 0, exact: 0, lenient: 0 };
  tally(fields, truth.name, profile.person.name);
  const name = exactMatch(truth.name, profile.person.name) ? 1 : 0;
  const gotEmails = new Set(profile.person.emails.map((e) => e.toLowerCase()));
  const emails =
    truth.emails.length === 0
      ? gotEmails.size === 0
        ? 1
        : 0.5
      : truth.emails.filter((e) => gotEmails.has(e.toLowerCase())).length / truth.emails.length;

  const truthEntries: [TruthEntry, Entry[]][] = [
    ...truth.education.map((e): [TruthEntry, Entry[]] => [
      { title: e.degree ?? null, org: e.institution ?? null, start: e.start, end: e.end },
      profile.education,
    ]),
    ...truth.positions.map((e): [TruthEntry, Entry[]] => [
      { title: e.title ?? null, org: e.organization ?? null, start: e.start, end: e.end },
      profile.positions,
    ]),
  ];
  const used = new Set<Entry>();
  let datedRight = 0;
  for (const [t, pool] of truthEntries) {
    const got = bestMatch(t, pool, used);
    if (got) used.add(got);
    if (got && got.start === t.start && got.end === t.end) datedRight++;
    tally(fields, t.title, got?.title);
    tally(fields, t.org, got?.organization);
    tally(fields, t.start, got?.start);
    tally(fields, t.end, got?.end);
  }
  const extra = profile.education.length + profile.positions.length - used.size;
  const entries =
    truthEntries.length === 0
      ? extra === 0
        ? 1
        : 0
      : datedRight / (truthEntries.length + Math.max(0, extra) * 0.5);

  const raws = profile.publications.map((p) => key(p.raw));
  const foundPubs = truth.publications.filter((p) => raws.some((r) => r.includes(key(p.title)))).length;
  const pubExtra = Math.max(0, profile.publications.length - truth.publications.length);
  const publications =
    truth.publications.length === 0
      ? profile.publications.length === 0
        ? 1
        : 0
      : foundPubs / (truth.publications.length + pubExtra);

  const countKeys = (['awards', 'talks', 'teaching'] as const).filter(
    (k) => typeof truth.counts[k] === 'number',
  );
  const countHits = countKeys.filter((k) => profile[k].length === truth.counts[k]).length;
  for (const k of countKeys) tally(fields, String(truth.counts[k]), String(profile[k].length));
  const counts = countKeys.length === 0 ? 1 : countHits / countKeys.length;

  const kindOk = !truth.document_kind || truth.document_kind === profile.documentKind ? 1 : 0;
  const parts = [name, emails, entries, publications, counts, kindOk];
  const overall = parts.reduce((a, b) => a + b, 0) / parts.length;
  return {
    name,
    emails,
    entries,
    publications,
    counts,
    exact: fields.total ? fields.exact / fields.total : 1,
    lenient: fields.total ? fields.lenient / fields.total : 1,
    overall,
  };
}
