import { describe, expect, it } from 'vitest';
import { viterbi, viterbiSingleRuns } from '../../../../utils/publications/sequence/decode';

// Two labels (0 = name, 1 = title), one kind of gap: transitions are [0→0, 0→1, 1→0, 1→1].
const SIZE = 2;
const emissions = (rows: number[][]) => Float64Array.from(rows.flat());

describe('viterbi', () => {
  it('follows the emissions when transitions are neutral', () => {
    const path = viterbi(
      emissions([
        [2, 0],
        [0, 3],
        [1, 0],
      ]),
      [0, 0],
      [0, 0, 0, 0],
      [0, 0, 0],
      SIZE,
    );
    expect(path).toEqual([0, 1, 0]);
  });

  it('lets a transition penalty outweigh a weak emission', () => {
    // Going back from title to name costs 5: the last token's weak preference for name loses.
    const path = viterbi(
      emissions([
        [2, 0],
        [0, 3],
        [1, 0],
      ]),
      [0, 0],
      [0, 0, -5, 0],
      [0, 0, 0],
      SIZE,
    );
    expect(path).toEqual([0, 1, 1]);
  });

  it('finds the best whole path, not the best label token by token', () => {
    // Token by token: [0, 1]; but 0→1 costs 4 and 1→1 gains 2, so [1, 1] scores 1 + 3 + 2 = 6 > 2 + 3 - 4.
    const path = viterbi(
      emissions([
        [2, 1],
        [0, 3],
      ]),
      [0, 0],
      [0, -4, 0, 2],
      [0, 0],
      SIZE,
    );
    expect(path).toEqual([1, 1]);
  });

  it('uses the transition table of the gap before each token', () => {
    // Gap class 1 (say, a sentence end) makes the change to title free; class 0 forbids it.
    const transitions = [0, -10, 0, 0, 0, 0, 0, 0];
    // [name, name] scores 3, [title, title] 2, [name, title] 5 less 10 where class 0 forbids it.
    const rows = emissions([
      [3, 0],
      [0, 2],
    ]);
    expect(viterbi(rows, [0, 0], transitions, [0, 0], SIZE)).toEqual([0, 0]);
    expect(viterbi(rows, [0, 0], transitions, [0, 1], SIZE)).toEqual([0, 1]);
  });

  it('weighs the start scores and decodes an empty sequence to nothing', () => {
    expect(viterbi(emissions([[1, 0]]), [0, 2], [0, 0, 0, 0], [0], SIZE)).toEqual([1]);
    expect(viterbi(new Float64Array(0), [0, 0], [0, 0, 0, 0], [], SIZE)).toEqual([]);
  });
});

describe('viterbiSingleRuns', () => {
  // Title (1) strongly on the first and last tokens, name (0) between: free decoding gives two
  // title runs; with title one run, the path keeps the stronger ends in one run.
  const rows = emissions([
    [0, 4],
    [3, 0],
    [0, 1],
  ]);

  it('decodes as viterbi does when no label is constrained', () => {
    expect(viterbiSingleRuns(rows, [0, 0], [0, 0, 0, 0], [0, 0, 0], SIZE, [])).toEqual([1, 0, 1]);
    expect(viterbi(rows, [0, 0], [0, 0, 0, 0], [0, 0, 0], SIZE)).toEqual([1, 0, 1]);
  });

  it('opens no second run of a constrained label', () => {
    // [1, 0, 0] scores 7, [1, 1, 1] scores 5: the best path with one title run.
    expect(viterbiSingleRuns(rows, [0, 0], [0, 0, 0, 0], [0, 0, 0], SIZE, [1])).toEqual([1, 0, 0]);
    // Made cheap to stay in title, the run spans all three: 4 + 0 + 1 + 2 + 2 = 9 > 7.
    expect(viterbiSingleRuns(rows, [0, 0], [0, 0, 0, 2], [0, 0, 0], SIZE, [1])).toEqual([1, 1, 1]);
  });

  it('decodes an empty sequence to nothing', () => {
    expect(viterbiSingleRuns(new Float64Array(0), [0, 0], [0, 0, 0, 0], [], SIZE, [1])).toEqual([]);
  });
});
