import type { Entry, Item } from '../model/profile';
import type { Section, SectionKind } from '../sections/types';
import { degreeUnder, parseEducationEntry } from '../entries/parse-education-entry';
import { parsePositionEntry } from '../entries/parse-position-entry';
import { organizationHeading } from '../entries/organization-nearby';
import type { EntryLines } from '../entries/types';
import { parseItems } from '../entries/parse-items';
import { entriesFromStarts, ruleEntryStarts } from '../entries/split-into-entries';
import { entryFeatures, type CandidateEntry } from '../entries/entry-features';
import { ENTRY_START_LABELS, entryStartFeatures } from '../entries/entry-start-features';
import { decode, type LinearChainModel } from '../learn/linear-chain';
import type { SectionLine } from '../sections/types';
import fitted from './entry-model.json';
import fittedStarts from './entry-start-model.json';

export type ItemKind = 'awards' | 'talks' | 'teaching' | 'service' | 'skills';
const ITEM_KINDS: readonly ItemKind[] = ['awards', 'talks', 'teaching', 'service', 'skills'];

export interface CollectedEntries {
  education: Entry[];
  positions: Entry[];
  items: Record<ItemKind, Item[]>;
}

function isItemKind(kind: SectionKind): kind is ItemKind {
  return (ITEM_KINDS as readonly SectionKind[]).includes(kind);
}

/** Where `npm run train` writes the fitted weights, relative to the repository. */
export const ENTRY_MODEL_FILE = 'utils/profile/entry-model.json';

/** The labels of the entry model, in the order of its weights file: which reading of an entry is kept. */
export const ENTRY_LABELS = ['drop', 'education', 'positions'] as const;

/** The shipped weights of the entry model. */
export const ENTRY_MODEL: LinearChainModel = fitted;

/** Where `npm run train` writes the fitted weights of the entry-start model. */
export const ENTRY_START_MODEL_FILE = 'utils/profile/entry-start-model.json';

/** The shipped weights of the entry-start model: which lines of a section open an entry. */
export const ENTRY_START_MODEL: LinearChainModel = fittedStarts;

/** The sections whose entries are degrees and posts. */
export function entrySections(sections: readonly Section[]): Section[] {
  return sections.filter((s) => s.kinds[0] === 'education' || s.kinds[0] === 'positions');
}

/**
 * Whether a section's lines come from a layout (a PDF), whose blocks are guesses from line pitch and
 * indentation. An HTML page's blocks are its own elements, which the date-anchored rule reads as well
 * as the model does (held out, the model lost HTML education and dates): the model reads PDFs only.
 */
export function isLaidOut(lines: readonly SectionLine[]): boolean {
  return lines.some((l) => l.line.y !== null);
}

/** Which lines of a section open an entry, by the entry-start model (the first line always does). */
export function entryStarts(lines: readonly SectionLine[], startModel: LinearChainModel): boolean[] {
  const rule = ruleEntryStarts(lines);
  if (!isLaidOut(lines)) return rule;
  const labels = decode(startModel, entryStartFeatures(lines, rule));
  return labels.map((label, i) => i === 0 || ENTRY_START_LABELS[label] === 'start');
}

/**
 * The organisation heading each of a section's entries. An organisation written on a line of its own
 * heads the entries listed under it, until another such line or a new sub-heading.
 */
function organizationHeadings(entries: readonly EntryLines[]): (string | null)[] {
  let heading: string | null = null;
  return entries.map((lines, i) => {
    if (i > 0 && lines.subheading !== entries[i - 1]!.subheading) heading = null;
    heading = organizationHeading(lines.lines) ?? heading;
    return heading;
  });
}

/** The entries of each education or career section, each read as a degree and as a post. */
export function candidateEntries(
  sections: readonly Section[],
  startModel: LinearChainModel = ENTRY_START_MODEL,
): CandidateEntry[][] {
  return entrySections(sections).map((section) => {
    const entries = entriesFromStarts(section.lines, entryStarts(section.lines, startModel));
    const headings = organizationHeadings(entries);
    return entries.map((lines, i) => ({
      sectionKinds: section.kinds,
      asDegree: parseEducationEntry(lines),
      asPost: parsePositionEntry(lines, headings[i]!),
      heading: headings[i]!,
    }));
  });
}

/**
 * Education, positions and item lists from their sections. Which entries are degrees, which are
 * posts and which are neither (a paper's abstract, a "With X" line, a stray date) the fitted entry
 * model decides over each section's entries.
 */
export function collectSections(
  sections: readonly Section[],
  entryModel: LinearChainModel = ENTRY_MODEL,
  startModel: LinearChainModel = ENTRY_START_MODEL,
): CollectedEntries {
  const out: CollectedEntries = {
    education: [],
    positions: [],
    items: { awards: [], talks: [], teaching: [], service: [], skills: [] },
  };
  for (const entries of candidateEntries(sections, startModel)) {
    const labels = decode(entryModel, entryFeatures(entries));
    entries.forEach((entry, i) => {
      const label = ENTRY_LABELS[labels[i]!];
      if (label === 'education') out.education.push(degreeUnder(entry.asDegree, entry.heading));
      else if (label === 'positions') out.positions.push(entry.asPost);
    });
  }
  for (const section of sections) {
    if (!section.kinds.some(isItemKind)) continue;
    for (const { kind, item } of parseItems(section.lines, section.kinds)) {
      if (isItemKind(kind)) out.items[kind].push(item);
    }
  }
  return out;
}
