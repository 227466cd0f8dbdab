/**
 * Viterbi decoding of a linear-chain model: the label sequence with the highest total of
 * emission scores (per token and label, `emissions[t * size + label]`), start scores and
 * transition scores, which depend on the gap before the token: `transitions[(gaps[t] * size +
 * previous) * size + label]`. Ties go to the lower label index, so decoding is deterministic.
 */
export function viterbi(
  emissions: Float64Array,
  start: ArrayLike<number>,
  transitions: ArrayLike<number>,
  gaps: ArrayLike<number>,
  size: number,
): number[] {
  const n = emissions.length / size;
  if (n === 0) return [];
  let score = new Float64Array(size);
  for (let y = 0; y < size; y++) score[y] = start[y]! + emissions[y]!;
  const back = new Int32Array(n * size);
  for (let t = 1; t < n; t++) {
    const next = new Float64Array(size);
    const table = gaps[t]! * size * size;
    for (let y = 0; y < size; y++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < size; p++) {
        const s = score[p]! + transitions[table + p * size + y]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      next[y] = best + emissions[t * size + y]!;
      back[t * size + y] = arg;
    }
    score = next;
  }
  let last = 0;
  for (let y = 1; y < size; y++) if (score[y]! > score[last]!) last = y;
  const path = new Array<number>(n);
  path[n - 1] = last;
  for (let t = n - 1; t > 0; t--) path[t - 1] = back[t * size + path[t]!]!;
  return path;
}
