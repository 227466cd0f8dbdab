import { describe, expect, it } from 'vitest';
import { viterbiOneRun } from '../../../../utils/publications/sequence/decode';

// Two labels (0 = name, 1 = title, the label of one run), one kind of gap: transitions are
// [0→0, 0→1, 1→0, 1→1].
const SIZE = 2;
const TITLE = 1;
const emissions = (rows: number[][]) => Float64Array.from(rows.flat());
const decode = (rows: Float64Array, start: number[], transitions: number[], gaps: number[]) =>
  viterbiOneRun(rows, start, transitions, gaps, SIZE, TITLE);

describe('viterbiOneRun', () => {
  it('follows the emissions when transitions are neutral', () => {
    const rows = emissions([
      [2, 0],
      [0, 3],
      [1, 0],
    ]);
    expect(decode(rows, [0, 0], [0, 0, 0, 0], [0, 0, 0])).toEqual([0, 1, 0]);
  });

  it('lets a transition penalty outweigh a weak emission', () => {
    // Going back from title to name costs 5: the last token's weak preference for name loses.
    const rows = emissions([
      [2, 0],
      [0, 3],
      [1, 0],
    ]);
    expect(decode(rows, [0, 0], [0, 0, -5, 0], [0, 0, 0])).toEqual([0, 1, 1]);
  });

  it('finds the best whole path, not the best label token by token', () => {
    // Token by token: [0, 1]; but 0→1 costs 4 and 1→1 gains 2, so [1, 1] scores 1 + 3 + 2 = 6 > 2 + 3 - 4.
    const rows = emissions([
      [2, 1],
      [0, 3],
    ]);
    expect(decode(rows, [0, 0], [0, -4, 0, 2], [0, 0])).toEqual([1, 1]);
  });

  it('uses the transition table of the gap before each token', () => {
    // Gap class 1 (say, a sentence end) makes the change to title free; class 0 forbids it.
    const transitions = [0, -10, 0, 0, 0, 0, 0, 0];
    // [name, name] scores 3, [title, title] 2, [name, title] 5 less 10 where class 0 forbids it.
    const rows = emissions([
      [3, 0],
      [0, 2],
    ]);
    expect(decode(rows, [0, 0], transitions, [0, 0])).toEqual([0, 0]);
    expect(decode(rows, [0, 0], transitions, [0, 1])).toEqual([0, 1]);
  });

  it('opens no second run of the one-run label', () => {
    // Title strongly on the first token, weakly on the last, name between: token by token
    // [1, 0, 1] (8); with title one run, [1, 0, 0] scores 7 and [1, 1, 1] 5.
    const rows = emissions([
      [0, 4],
      [3, 0],
      [0, 1],
    ]);
    expect(decode(rows, [0, 0], [0, 0, 0, 0], [0, 0, 0])).toEqual([1, 0, 0]);
    // Made cheap to stay in title, the run spans all three: 4 + 0 + 1 + 2 + 2 = 9 > 7.
    expect(decode(rows, [0, 0], [0, 0, 0, 2], [0, 0, 0])).toEqual([1, 1, 1]);
    // The other label may form several runs.
    expect(viterbiOneRun(rows, [0, 0], [0, 0, 0, 0], [0, 0, 0], SIZE, 0)).toEqual([1, 0, 1]);
  });

  it('weighs the start scores and decodes an empty sequence to nothing', () => {
    expect(decode(emissions([[1, 0]]), [0, 2], [0, 0, 0, 0], [0])).toEqual([1]);
    expect(decode(new Float64Array(0), [0, 0], [0, 0, 0, 0], [])).toEqual([]);
  });
});
