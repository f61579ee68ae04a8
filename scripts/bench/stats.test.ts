import { describe, expect, it } from 'vitest';
import { median, middleHalf, ratioInterval } from './stats';

describe('bench statistics', () => {
  it('takes the median of odd and even counts', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('gives the middle half of a few rounds, in any order', () => {
    expect(middleHalf([7, 1, 5, 3, 2, 6, 4])).toEqual([2, 6]);
    expect(middleHalf([4, 1, 3, 2])).toEqual([2, 3]);
    expect(middleHalf([])).toEqual([Number.NaN, Number.NaN]);
  });

  it('brackets the ratio of medians, tighter for steadier opens', () => {
    const floor = Array.from({ length: 40 }, (_, i) => 60 + (i % 5));
    const steady = floor.map((ms) => ms * 1.25);
    const noisy = floor.map((ms, i) => ms * 1.25 + (i % 2 ? 25 : -25));
    const [lo, hi] = ratioInterval(steady, floor);
    expect(lo).toBeLessThanOrEqual(1.25);
    expect(hi).toBeGreaterThanOrEqual(1.25);
    const [noisyLo, noisyHi] = ratioInterval(noisy, floor);
    expect(noisyHi - noisyLo).toBeGreaterThan(hi - lo);
    // Deterministic: the same opens give the same interval.
    expect(ratioInterval(noisy, floor)).toEqual([noisyLo, noisyHi]);
  });
});
