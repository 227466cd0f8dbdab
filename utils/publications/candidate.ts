import { namesCanMatch } from '../names/match-names';

/**
 * Which author is the candidate: one matching the name or a variant (initials, particles and
 * diacritics allowed); else the single author the CV put in bold.
 */
export function candidateAuthorIndex(authors: string[], names: string[], bold: boolean[]): number | null {
  const byName = authors.findIndex((a) => names.some((n) => namesCanMatch(a, n)));
  if (byName >= 0) return byName;
  const marked = bold.flatMap((b, i) => (b ? [i] : []));
  return marked.length === 1 ? marked[0]! : null;
}

/** With no name given, the author on most entries (at least half, at least two) is the candidate. */
export function mostFrequentAuthor(lists: string[][]): string | null {
  const counts: { name: string; count: number }[] = [];
  for (const list of lists) {
    const seen = new Set<number>();
    for (const author of list) {
      const k = counts.findIndex((c) => namesCanMatch(c.name, author));
      if (k >= 0 && !seen.has(k)) {
        counts[k]!.count++;
        seen.add(k);
      } else if (k < 0) {
        counts.push({ name: author, count: 1 });
        seen.add(counts.length - 1);
      }
    }
  }
  const best = counts.sort((a, b) => b.count - a.count)[0];
  return best && best.count >= 2 && best.count >= lists.length / 2 ? best.name : null;
}
