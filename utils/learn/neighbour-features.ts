/**
 * Each position's features with copies of some of its neighbours' (those starting with one of
 * `prefixes`), marked "prev:" and "next:", and "prev:none"/"next:none" at the ends: a linear model
 * then sees how the context looks, not only the position itself. `together` says whether two
 * positions are of one run (one list); a neighbour outside the position's run counts as none.
 */
export function withNeighbours(
  own: readonly string[][],
  prefixes: readonly string[],
  together: (i: number, j: number) => boolean = () => true,
): string[][] {
  return own.map((features, i) => {
    const out = [...features];
    for (const [mark, j] of [
      ['prev', i - 1],
      ['next', i + 1],
    ] as const) {
      const other = own[j];
      if (!other || !together(i, j)) out.push(`${mark}:none`);
      else for (const f of other) if (prefixes.some((p) => f.startsWith(p))) out.push(`${mark}:${f}`);
    }
    return out;
  });
}
