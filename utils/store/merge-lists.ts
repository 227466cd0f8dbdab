export interface MergedList<T> {
  items: T[];
  /** Where each incoming item ended up in `items`, for remapping references to it. */
  placedAt: number[];
}

/**
 * Merges `incoming` into `existing` one to one: each incoming item merges with at most one
 * existing item of the same key (the one with the highest affinity), otherwise it is appended.
 * Two items of one list never merge with each other — a CV that lists a paper twice (workshop
 * and journal version) keeps both — and merging a list with itself changes nothing.
 */
export function mergeLists<T>(
  existing: readonly T[],
  incoming: readonly T[],
  key: (item: T) => string,
  merge: (existing: T, incoming: T) => T,
  affinity: (existing: T, incoming: T) => number = () => 0,
): MergedList<T> {
  const items = [...existing];
  const unmatched = new Map<string, number[]>();
  existing.forEach((item, index) => {
    const k = key(item);
    unmatched.set(k, [...(unmatched.get(k) ?? []), index]);
  });
  const placedAt = incoming.map((item) => {
    const candidates = unmatched.get(key(item)) ?? [];
    let best = -1;
    for (const index of candidates) {
      if (best === -1 || affinity(existing[index]!, item) > affinity(existing[best]!, item)) best = index;
    }
    if (best === -1) return items.push(item) - 1;
    candidates.splice(candidates.indexOf(best), 1);
    items[best] = merge(items[best]!, item);
    return best;
  });
  return { items, placedAt };
}
