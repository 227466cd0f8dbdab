import type { Flag, Publication } from '../model/profile';

/** Title reduced to its words, so case, punctuation and diacritics do not hide a repeat. */
export function titleKey(title: string): string {
  return title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function nearSame(a: string, b: string): boolean {
  if (a === b) return true;
  const wa = a.split(' ');
  const wb = b.split(' ');
  if (Math.min(wa.length, wb.length) < 4) return false;
  const sb = new Set(wb);
  const common = wa.filter((w) => sb.has(w)).length;
  return common / Math.max(wa.length, wb.length) >= 0.9;
}

/**
 * For each title, the later titles that could be near-same: those sharing one of its rarest words.
 * Near-same lets at most a tenth of a title's words (floor(len/10)) be missing from the other, so of
 * any floor(len/10)+1 distinct words at least one must be shared; comparing every pair instead made a
 * list of 10,000 publications take minutes.
 */
function candidatePairs(keys: (string | null)[]): number[][] {
  const postings = new Map<string, number[]>();
  keys.forEach((key, i) => {
    for (const w of new Set(key?.split(' ') ?? [])) {
      const list = postings.get(w);
      if (list) list.push(i);
      else postings.set(w, [i]);
    }
  });
  return keys.map((key, i) => {
    if (key === null) return [];
    const words = key.split(' ');
    const rarest = [...new Set(words)]
      .sort((a, b) => postings.get(a)!.length - postings.get(b)!.length)
      .slice(0, Math.floor(words.length / 10) + 1);
    const found = new Set<number>();
    for (const w of rarest) for (const j of postings.get(w)!) if (j > i) found.add(j);
    return [...found].sort((a, b) => a - b);
  });
}

/**
 * The same or nearly the same title listed more than once, e.g. a workshop version and the
 * journal version of one paper. Stated as a fact about the list.
 */
export function duplicatePublicationFlags(publications: Publication[]): Flag[] {
  const flags: Flag[] = [];
  const used = new Set<number>();
  const keys = publications.map((p) => (p.title ? titleKey(p.title) : null));
  const candidates = candidatePairs(keys);
  publications.forEach((p, i) => {
    const key = keys[i];
    if (!p.title || key == null || used.has(i)) return;
    if (key.split(' ').length < 2) return;
    const group = [i];
    for (const j of candidates[i]!) {
      const other = keys[j];
      if (other != null && !used.has(j) && nearSame(key, other)) group.push(j);
    }
    if (group.length < 2) return;
    group.forEach((g) => used.add(g));
    const where = group
      .map((g) => publications[g]!)
      .map((q) => [q.venue, q.year].filter((x) => x !== null).join(' ') || 'no venue')
      .join('; ');
    flags.push({
      kind: 'duplicate-publication',
      severity: 'info',
      message: `"${p.title}" is listed ${group.length} times (${where})`,
      evidence: group.map((g) => publications[g]!.raw),
      publications: group,
    });
  });
  return flags;
}
