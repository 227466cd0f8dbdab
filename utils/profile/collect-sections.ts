import type { Entry, Item } from '../model/profile';
import type { Section, SectionKind } from '../sections/types';
import { parseEducationEntry } from '../entries/parse-education-entry';
import { DEGREE, ROLE } from '../lexicon/entry-words';
import { parsePositionEntry } from '../entries/parse-position-entry';
import { parseItems } from '../entries/parse-items';
import { splitIntoEntries } from '../entries/split-into-entries';
import { entryFeatures, type CandidateEntry } from '../entries/entry-features';
import { decode, type LinearChainModel } from '../learn/linear-chain';
import fitted from './entry-model.json';

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

/** A title that is a degree ("Dr. rer. nat.", "MSc in …"), not a post ("Doctoral researcher"). */
function namesADegree(title: string | null): boolean {
  return title !== null && DEGREE.exec(title)?.index === 0 && !ROLE.test(title);
}

/** Where `npm run train` writes the fitted weights, relative to the repository. */
export const ENTRY_MODEL_FILE = 'utils/profile/entry-model.json';

/** The labels of the entry model, in the order of its weights file. */
export const ENTRY_LABELS = ['drop', 'keep'] as const;

/** The shipped weights of the entry model. */
export const ENTRY_MODEL: LinearChainModel = fitted;

/** The education and position entries each section yields, before the entry model judges them. */
export function candidateEntries(sections: readonly Section[]): CandidateEntry[][] {
  const out: CandidateEntry[][] = [];
  for (const section of sections) {
    const primary = section.kinds[0];
    if (primary !== 'education' && primary !== 'positions') continue;
    const entries: CandidateEntry[] = [];
    for (const lines of splitIntoEntries(section.lines)) {
      if (primary === 'education') {
        entries.push({ ...parseEducationEntry(lines), list: 'education', sectionKind: primary });
        continue;
      }
      const position = parsePositionEntry(lines);
      // Chronological "Career" sections mix degrees in with posts: a degree is education.
      const degree = position && namesADegree(position.title) ? parseEducationEntry(lines) : null;
      if (degree) entries.push({ ...degree, list: 'education', sectionKind: primary });
      else if (position) entries.push({ ...position, list: 'positions', sectionKind: primary });
    }
    out.push(entries);
  }
  return out;
}

const toEntry = ({ title, organization, location, start, end, raw }: CandidateEntry): Entry => ({
  title,
  organization,
  location,
  start,
  end,
  raw,
});

/**
 * Education, positions and item lists from their sections. Which parsed entries are real entries
 * (not a paper's abstract, a "With X" line, a stray date) the fitted entry model decides over each
 * section's entries.
 */
export function collectSections(
  sections: readonly Section[],
  entryModel: LinearChainModel = ENTRY_MODEL,
): CollectedEntries {
  const out: CollectedEntries = {
    education: [],
    positions: [],
    items: { awards: [], talks: [], teaching: [], service: [], skills: [] },
  };
  for (const entries of candidateEntries(sections)) {
    const labels = decode(entryModel, entryFeatures(entries));
    entries.forEach((entry, i) => {
      if (ENTRY_LABELS[labels[i]!] === 'keep') out[entry.list].push(toEntry(entry));
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
