import type { Entry, Item } from './types';
import type { Section, SectionKind } from '../sections/types';
import { parseEducationEntry } from '../entries/parse-education-entry';
import { DEGREE, ROLE } from '../entries/lexicon';
import { parsePositionEntry } from '../entries/parse-position-entry';
import { parseItems } from '../entries/parse-items';
import { splitIntoEntries } from '../entries/split-into-entries';

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

/** An entry worth keeping: it has a date, or names both a title and an organisation. */
function isEntry(entry: Entry): boolean {
  return entry.start !== null || entry.end !== null || (entry.title !== null && entry.organization !== null);
}

/** A title that is a degree ("Dr. rer. nat.", "MSc in …"), not a post ("Doctoral researcher"). */
function namesADegree(title: string | null): boolean {
  return title !== null && DEGREE.exec(title)?.index === 0 && !ROLE.test(title);
}

/** Education, positions and item lists from their sections. */
export function collectSections(sections: Section[]): CollectedEntries {
  const out: CollectedEntries = {
    education: [],
    positions: [],
    items: { awards: [], talks: [], teaching: [], service: [], skills: [] },
  };
  for (const section of sections) {
    const primary = section.kinds[0];
    if (primary === 'education') {
      out.education.push(...splitIntoEntries(section.lines).map(parseEducationEntry).filter(isEntry));
    } else if (primary === 'positions') {
      for (const lines of splitIntoEntries(section.lines)) {
        const position = parsePositionEntry(lines);
        // Chronological "Career" sections mix degrees in with posts: a degree is education.
        const degree = position && namesADegree(position.title) ? parseEducationEntry(lines) : null;
        if (degree) out.education.push(degree);
        else if (position) out.positions.push(position);
      }
    } else if (section.kinds.some(isItemKind)) {
      for (const { kind, item } of parseItems(section.lines, section.kinds)) {
        if (isItemKind(kind)) out.items[kind].push(item);
      }
    }
  }
  return out;
}
