import { ENTRY_START_LABELS, entryStartFeatures } from '../../utils/entries/entry-start-features';
import { ruleEntryStarts } from '../../utils/entries/split-into-entries';
import type { LinearChainModel } from '../../utils/learn/linear-chain';
import {
  positionsRight,
  trainLinearChain,
  type TrainingSequence,
} from '../../utils/learn/train-linear-chain';
import { entrySections, isLaidOut } from '../../utils/profile/collect-sections';
import type { SectionLine } from '../../utils/sections/types';
import { cover } from '../eval/corpus-score';
import type { LoadedDocument, SectionsOf, TrainingTruth } from './dev-documents';
import { withSeedOffset } from '../../utils/learn/seeded-random';

export const ENTRY_START_TRAINING = { epochs: 12, seed: 37, minCount: 2, orders: 32 } as const;

/** A line names a truth entry's organisation or title when it holds this share of its words. */
const NAMES_FIELD = 0.6;

interface TruthEntry {
  organisation: string | null;
  title: string | null;
  years: string[];
}

function truthEntries(truth: TrainingTruth): TruthEntry[] {
  const years = (...dates: (string | null)[]): string[] =>
    dates.flatMap((d) => (d && /^\d{4}/.test(d) ? [d.slice(0, 4)] : []));
  return [
    ...truth.education.map((e) => ({
      organisation: e.institution,
      title: e.degree,
      years: years(e.start, e.end),
    })),
    ...truth.positions.map((p) => ({
      organisation: p.organization,
      title: p.title,
      years: years(p.start, p.end),
    })),
  ];
}

/** The share of a truth entry's organisation and title words a line holds, and whether it holds its years. */
function lineCover(entry: TruthEntry, text: string): { organisation: number; title: number; year: boolean } {
  return {
    organisation: entry.organisation ? cover(entry.organisation, text, 'any script') : 0,
    title: entry.title ? cover(entry.title, text, 'any script') : 0,
    year: entry.years.some((y) => text.includes(y)),
  };
}

/** Lines around a line that may still belong to its entry (a title above its organisation and dates). */
const ENTRY_REACH = 3;

/**
 * Weight of the tie-break between lines that name an entry equally: how much of the line's own
 * wording the entry's fields account for. Small enough never to outweigh a field named on the line.
 */
const OWN_WORDING = 0.1;

/** The wording of a truth entry's fields, for the tie-break. */
const entryWording = (entry: TruthEntry): string =>
  [entry.organisation, entry.title, ...entry.years].filter(Boolean).join(' ');

/**
 * How well each line names a truth entry: its organisation and title words and its years, with
 * the share of the line's words the entry accounts for as a tie-break. Two posts with the same title
 * in the same year (two roles at one employer, one role at two) name each other's lines as well as
 * their own; without it both took the first such line, and the second post's start was taught as
 * the inside of the first ("Senior Scientist, 2021 – 2023" and "Scientist, 2018 – 2021";
 * "Doctoral Researcher 2015 – 2018" and "Doctoral Researcher 2014 – 2015"). A line qualifies only when
 * the entry is named whole: its organisation and its title each on some line within reach of the
 * other, so that an employer that was also a university does not mark a line of the education section.
 */
function lineScores(entry: TruthEntry, texts: readonly string[]): { line: number; score: number }[] {
  const covers = texts.map((t) => lineCover(entry, t));
  const near = (i: number, field: 'organisation' | 'title'): boolean =>
    covers.slice(Math.max(0, i - ENTRY_REACH), i + ENTRY_REACH + 1).some((c) => c[field] >= NAMES_FIELD);
  const wording = entryWording(entry);
  const out: { line: number; score: number }[] = [];
  covers.forEach((c, i) => {
    if (c.organisation < NAMES_FIELD && c.title < NAMES_FIELD) return;
    if (entry.organisation && !near(i, 'organisation')) return;
    if (entry.title && !near(i, 'title')) return;
    const score =
      c.organisation + c.title + (c.year ? 0.5 : 0) + OWN_WORDING * cover(texts[i], wording, 'any script');
    out.push({ line: i, score });
  });
  return out;
}

/** The line that best names a truth entry in a section, or -1 (the first of equally good lines). */
function coreLine(entry: TruthEntry, texts: readonly string[]): number {
  let core = -1;
  let best = 0;
  for (const { line, score } of lineScores(entry, texts)) if (score > best) [core, best] = [line, score];
  return core;
}

/**
 * Which lines of a section open a truth entry: each entry's best-naming line, extended upwards over
 * the lines just above that name it too or give only its dates (a date column, a title above its
 * organisation). Null when no truth entry is named in the section: there is nothing to learn from it.
 */
export function truthStarts(lines: readonly SectionLine[], truth: TrainingTruth): boolean[] | null {
  const texts = lines.map((l) => l.line.text);
  const starts = lines.map(() => false);
  const cores = new Set<number>();
  const regions: { entry: TruthEntry; core: number }[] = [];
  for (const entry of truthEntries(truth)) {
    const core = coreLine(entry, texts);
    if (core < 0) continue;
    cores.add(core);
    regions.push({ entry, core });
  }
  if (regions.length === 0) return null;
  for (const { entry, core } of regions) {
    let top = core;
    while (top > 0 && !cores.has(top - 1)) {
      const above = texts[top - 1]!;
      const c = lineCover(entry, above);
      const names = c.organisation >= NAMES_FIELD || c.title >= NAMES_FIELD;
      const datesOnly = above.length <= 40 && entry.years.some((y) => above.includes(y));
      if (!names && !datesOnly) break;
      top--;
    }
    starts[top] = true;
  }
  starts[0] = true;
  return starts;
}

function startSequences({ truth, document }: LoadedDocument, sectionsOf: SectionsOf): TrainingSequence[] {
  return entrySections(sectionsOf(document)).flatMap((section) => {
    if (!isLaidOut(section.lines)) return [];
    const gold = truthStarts(section.lines, truth);
    if (!gold) return [];
    const labelOf = (start: boolean): number => ENTRY_START_LABELS.indexOf(start ? 'start' : 'inside');
    return [
      {
        features: entryStartFeatures(section.lines, ruleEntryStarts(section.lines)),
        gold: gold.map(labelOf),
      },
    ];
  });
}

/** Fits the entry-start model on the laid-out (PDF) education and career sections whose truth entries the lines name. */
export function trainEntryStartModel(
  docs: LoadedDocument[],
  sectionsOf: SectionsOf,
  seedOffset = 0,
): { model: LinearChainModel; report: string } {
  const data = docs.flatMap((d) => startSequences(d, sectionsOf));
  const model = trainLinearChain(ENTRY_START_LABELS, data, withSeedOffset(ENTRY_START_TRAINING, seedOffset));
  const { right, total } = positionsRight(model, data);
  let rule = 0;
  for (const { features, gold } of data)
    gold.forEach((g, i) => {
      const ruleSays = features[i]!.includes('rule:starts an entry') || i === 0;
      if (ENTRY_START_LABELS.indexOf(ruleSays ? 'start' : 'inside') === g) rule++;
    });
  return {
    model,
    report: `entry-start model: ${Object.keys(model.weights).length} weights; right on ${right} of ${total} training lines (the date-anchored rule alone: ${rule})`,
  };
}
