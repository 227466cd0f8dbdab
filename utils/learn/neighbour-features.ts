/**
 * Each position's features with copies of some of its neighbours' (those starting with one of
 * `prefixes`), marked "prev:" and "next:", and "prev:none"/"next:none" at the ends: a linear model
 * then sees how the context looks, not only the position itself.
 */
export function withNeighbours(own: readonly string[][], prefixes: readonly string[]): string[][] {
  return own.map((features, i) => {
    const out = [...features];
    for (const [mark, other] of [
      ['prev', own[i - 1]],
      ['next', own[i + 1]],
    ] as const) {
      if (!other) out.push(`${mark}:none`);
      else for (const f of other) if (prefixes.some((p) => f.startsWith(p))) out.push(`${mark}:${f}`);
    }
    return out;
  });
}
