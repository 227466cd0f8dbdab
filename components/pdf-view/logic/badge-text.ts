import type { BadgeItem } from '../../../utils/badges/types';

/** Longest venue a badge shows in full: beside a PDF line there is only the page margin. */
export const MAX_VENUE = 30;

/** "Conference on Empirical Methods in…" — cut at a word boundary when one is close enough. */
export function shortVenue(venue: string | null, max = MAX_VENUE): string | null {
  if (venue === null || venue.length <= max) return venue;
  const cut = venue.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space >= max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, '')}…`;
}

/** The item as its badge shows it beside a PDF line; the full record stays in its label. */
export function compactItem(item: BadgeItem): BadgeItem {
  return { ...item, venue: shortVenue(item.venue) };
}
