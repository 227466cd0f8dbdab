import type { Flag, Publication } from '../profile/types';

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
 * The same or nearly the same title listed more than once, e.g. a workshop version and the
 * journal version of one paper. Stated as a fact about the list.
 */
export function duplicatePublicationFlags(publications: Publication[]): Flag[] {
  const flags: Flag[] = [];
  const used = new Set<number>();
  publications.forEach((p, i) => {
    if (!p.title || used.has(i)) return;
    const key = titleKey(p.title);
    if (key.split(' ').length < 2) return;
    const group = [i];
    for (let j = i + 1; j < publications.length; j++) {
      const other = publications[j]!.title;
      if (other && !used.has(j) && nearSame(key, titleKey(other))) group.push(j);
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
