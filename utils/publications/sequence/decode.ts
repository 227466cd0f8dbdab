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

/**
 * Viterbi decoding under the constraint that each label of `single` forms at most one run of
 * consecutive tokens (a string has one title): the state is the label and the set of `single`
 * labels whose run has already ended, so a path cannot open a second run of one of them.
 */
export function viterbiSingleRuns(
  emissions: Float64Array,
  start: ArrayLike<number>,
  transitions: ArrayLike<number>,
  gaps: ArrayLike<number>,
  size: number,
  single: readonly number[],
): number[] {
  const n = emissions.length / size;
  if (n === 0) return [];
  const bit = new Int32Array(size);
  single.forEach((label, k) => (bit[label] = 1 << k));
  const sets = 1 << single.length;
  const states = size * sets;
  let score = new Float64Array(states).fill(-Infinity);
  for (let y = 0; y < size; y++) score[y] = start[y]! + emissions[y]!;
  const back = new Int32Array(n * states);
  for (let t = 1; t < n; t++) {
    const next = new Float64Array(states).fill(-Infinity);
    const table = gaps[t]! * size * size;
    for (let ended = 0; ended < sets; ended++) {
      for (let p = 0; p < size; p++) {
        const from = score[ended * size + p]!;
        if (from === -Infinity) continue;
        for (let y = 0; y < size; y++) {
          // A run of y may not open again once ended; leaving p ends p's run.
          if (y !== p && (ended & bit[y]!) !== 0) continue;
          const to = (y === p ? ended : ended | bit[p]!) * size + y;
          const s = from + transitions[table + p * size + y]!;
          if (s > next[to]!) {
            next[to] = s;
            back[t * states + to] = ended * size + p;
          }
        }
      }
    }
    for (let state = 0; state < states; state++)
      next[state] = next[state]! + emissions[t * size + (state % size)]!;
    score = next;
  }
  let last = 0;
  for (let state = 1; state < states; state++) if (score[state]! > score[last]!) last = state;
  const path = new Array<number>(n);
  for (let t = n - 1; t >= 0; t--) {
    path[t] = last % size;
    if (t > 0) last = back[t * states + last]!;
  }
  return path;
}
