/**
 * Viterbi decoding of a linear-chain model: the label sequence with the highest total of
 * emission scores (per token and label, `emissions[t * size + label]`), start scores and
 * transition scores, which depend on the gap before the token: `transitions[(gaps[t] * size +
 * previous) * size + label]`; ties are broken the same way every time, so decoding is deterministic.
 * The label `once` forms at most one run of consecutive tokens (a string has one title): two
 * layers of states, before its run has ended (`open`, every label) and after (`closed`, every
 * label but `once`); leaving a run of `once` moves a path from the first layer to the second, and
 * no path goes back.
 */
export function viterbiOneRun(
  emissions: Float64Array,
  start: ArrayLike<number>,
  transitions: ArrayLike<number>,
  gaps: ArrayLike<number>,
  size: number,
  once: number,
  n = emissions.length / size,
  scratch = oneRunScratch(size, n),
): number[] {
  if (n === 0) return [];
  let { open, closed, nextOpen, nextClosed } = scratch;
  closed.fill(-Infinity);
  for (let y = 0; y < size; y++) open[y] = start[y]! + emissions[y]!;
  // Per token and state, the previous state: label, plus size when it was in the closed layer.
  const { backOpen, backClosed } = scratch;
  for (let t = 1; t < n; t++) {
    const table = gaps[t]! * size * size;
    const fromOnce = open[once]!;
    for (let y = 0; y < size; y++) {
      const emission = emissions[t * size + y]!;
      // Open layer: any open label may go on to y, but a run of `once` may only go on as `once`.
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < size; p++) {
        if (p === once && y !== once) continue;
        const s = open[p]! + transitions[table + p * size + y]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      nextOpen[y] = best + emission;
      backOpen[t * size + y] = arg;
      if (y === once) {
        nextClosed[y] = -Infinity;
        continue;
      }
      // Closed layer: from a closed label, or from `once` as its run ends.
      best = fromOnce + transitions[table + once * size + y]!;
      arg = once;
      for (let p = 0; p < size; p++) {
        if (p === once) continue;
        const s = closed[p]! + transitions[table + p * size + y]!;
        if (s > best) {
          best = s;
          arg = p + size;
        }
      }
      nextClosed[y] = best + emission;
      backClosed[t * size + y] = arg;
    }
    [open, nextOpen] = [nextOpen, open];
    [closed, nextClosed] = [nextClosed, closed];
  }
  // The best final state, in the open layer first so ties go as viterbi's do.
  let last = 0;
  for (let state = 1; state < 2 * size; state++) {
    const s = state < size ? open[state]! : closed[state - size]!;
    const b = last < size ? open[last]! : closed[last - size]!;
    if (s > b) last = state;
  }
  const path = new Array<number>(n);
  for (let t = n - 1; t >= 0; t--) {
    const label = last % size;
    path[t] = label;
    if (t > 0) last = last < size ? backOpen[t * size + label]! : backClosed[t * size + label]!;
  }
  return path;
}

/** viterbiOneRun's working arrays, for strings of up to `longest` tokens: the trainer reuses one set. */
export interface OneRunScratch {
  open: Float64Array;
  closed: Float64Array;
  nextOpen: Float64Array;
  nextClosed: Float64Array;
  backOpen: Int32Array;
  backClosed: Int32Array;
}

export function oneRunScratch(size: number, longest: number): OneRunScratch {
  return {
    open: new Float64Array(size),
    closed: new Float64Array(size),
    nextOpen: new Float64Array(size),
    nextClosed: new Float64Array(size),
    backOpen: new Int32Array(longest * size),
    backClosed: new Int32Array(longest * size),
  };
}
