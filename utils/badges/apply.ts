import { createBadge, HOST_TAG } from './badge-element';
import { highlightNames, restoreHighlight, unwrapStrayMarks, type Highlight } from './highlight';
import { containerOf, entryEnd, readPageText } from './page-text';
import { foldText, locateAll, namePattern } from './text-match';
import type { BadgesConfig, BadgeItem } from './types';

/** What one showing added to the page, kept so one call takes all of it away again. */
interface Shown {
  hosts: Element[];
  highlights: Highlight[];
}

const state = new WeakMap<Document, Shown>();

/** Removes every badge and highlight CV Lens added; the page's text is back as it was. */
export function removeBadges(doc: Document): void {
  const shown = state.get(doc);
  state.delete(doc);
  if (shown) {
    for (const highlight of shown.highlights) restoreHighlight(highlight);
    for (const host of shown.hosts) host.remove();
  }
  // Leftovers from an earlier injection whose record this world no longer holds.
  for (const host of [...doc.querySelectorAll(HOST_TAG)]) host.remove();
  if (doc.body) unwrapStrayMarks(doc.body);
}

interface Placement {
  item: BadgeItem;
  container: Element;
  last: Node;
  texts: Set<Text>;
  /** Whether the match is the container's whole text, so the badge can close the container. */
  fills: boolean;
}

/** Finds each item's entry on the page without changing anything yet. */
function place(doc: Document, items: BadgeItem[]): Placement[] {
  if (!doc.body) return [];
  const page = readPageText(doc.body);
  const ranges = locateAll(page.text, items);
  const placements: Placement[] = [];
  ranges.forEach((range, i) => {
    if (!range) return;
    const first = page.owners[range.start];
    const last = page.owners[range.end - 1];
    if (!first || !last) return;
    const container = containerOf(first, last);
    if (!container) return;
    const texts = new Set(page.owners.slice(range.start, range.end));
    // Most of the container is this entry: the badge goes at its end, inside it.
    const fills = range.end - range.start >= 0.6 * foldText(container.textContent ?? '').length;
    placements.push({ item: items[i] as BadgeItem, container, last, texts, fills });
  });
  return placements;
}

/**
 * Shows (or, with visible false, only removes) the badges. Returns how many badges are on the
 * page. Reads everything first, then writes, so inserting one badge cannot shift another match.
 */
export function applyBadges(doc: Document, config: BadgesConfig): number {
  removeBadges(doc);
  if (!config.visible) return 0;
  const placements = place(doc, config.items);
  const shared = new Map<Element, number>();
  for (const p of placements) shared.set(p.container, (shared.get(p.container) ?? 0) + 1);

  const shown: Shown = { hosts: [], highlights: [] };
  for (const p of placements) {
    const host = createBadge(doc, p.item);
    if (p.fills && shared.get(p.container) === 1) {
      p.container.append(host);
    } else {
      // Several entries in one block (lines split by <br>): put the badge right after this one.
      const anchor = entryEnd(p.last, p.container);
      anchor.parentNode?.insertBefore(host, anchor.nextSibling);
    }
    shown.hosts.push(host);
  }
  const done = new Set<Text>();
  for (const p of placements) {
    const pattern = namePattern(p.item.variantNames);
    if (!pattern) continue;
    for (const text of p.texts) {
      if (done.has(text)) continue;
      done.add(text);
      const highlight = highlightNames(text, pattern);
      if (highlight) shown.highlights.push(highlight);
    }
  }
  state.set(doc, shown);
  return shown.hosts.length;
}
