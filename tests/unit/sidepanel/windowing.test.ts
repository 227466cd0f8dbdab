import { describe, expect, it } from 'vitest';
import { nextIndex, revealRow, windowRange } from '../../../components/sidepanel/logic/windowing';

describe('windowRange', () => {
  const base = { viewportHeight: 500, rowHeight: 50, count: 5000, overscan: 5 };

  it('renders the visible rows plus the overscan', () => {
    expect(windowRange({ ...base, scrollTop: 0 })).toEqual({
      start: 0,
      end: 15,
      offsetTop: 0,
      totalHeight: 250_000,
    });
    const middle = windowRange({ ...base, scrollTop: 10_025 });
    expect(middle.start).toBe(195);
    expect(middle.end).toBe(216);
    expect(middle.offsetTop).toBe(195 * 50);
  });

  it('stays within bounds when scrolled past the end of a shortened list', () => {
    const range = windowRange({ ...base, count: 12, scrollTop: 90_000 });
    expect(range.end).toBe(12);
    expect(range.start).toBeGreaterThanOrEqual(0);
    expect(range.end - range.start).toBeLessThanOrEqual(12);
  });

  it('renders nothing for an empty list and one row in a tiny viewport', () => {
    expect(windowRange({ ...base, count: 0, scrollTop: 0 })).toEqual({
      start: 0,
      end: 0,
      offsetTop: 0,
      totalHeight: 0,
    });
    expect(windowRange({ ...base, viewportHeight: 0, overscan: 0, scrollTop: 0 })).toMatchObject({
      start: 0,
      end: 1,
    });
  });

  it('never renders more than a screen and the overscan, whatever the count', () => {
    for (const count of [1, 10, 100, 5000, 100_000]) {
      const range = windowRange({ ...base, count, scrollTop: 1234 });
      expect(range.end - range.start).toBeLessThanOrEqual(10 + 1 + 2 * 5);
    }
  });
});

describe('revealRow and nextIndex', () => {
  it('scrolls as little as needed', () => {
    expect(revealRow(0, 100, 500, 50)).toBe(0);
    expect(revealRow(5, 100, 500, 50)).toBe(100);
    expect(revealRow(20, 100, 500, 50)).toBe(550);
  });

  it('maps keys to indexes, clamped', () => {
    expect(nextIndex('ArrowDown', 4, 5, 10)).toBe(4);
    expect(nextIndex('ArrowUp', 0, 5, 10)).toBe(0);
    expect(nextIndex('PageDown', 0, 100, 9)).toBe(9);
    expect(nextIndex('End', 0, 100, 9)).toBe(99);
    expect(nextIndex('Home', 50, 100, 9)).toBe(0);
    expect(nextIndex('a', 0, 100, 9)).toBeNull();
    expect(nextIndex('ArrowDown', 0, 0, 9)).toBeNull();
  });
});
