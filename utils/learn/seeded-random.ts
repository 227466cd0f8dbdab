/**
 * mulberry32: a small seeded generator of numbers in [0, 1), so that training visits its examples
 * in the same order on every run and the fitted weights come out the same, byte for byte.
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Shuffles `items` in place (Fisher–Yates) with the seeded generator `next`; returns them. */
export function shuffleInPlace<T>(items: T[], next: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/**
 * The same training options with their orders started `offset` seeds later: `--seed-offset` runs
 * the same training in other orders, to show how far a refit alone moves the figures.
 */
export function withSeedOffset<T extends { seed: number }>(options: T, offset: number): T {
  return { ...options, seed: options.seed + offset };
}
