import { describe, expect, it } from 'vitest';
import { pairedDifference, shareText, wilson } from '../../src/cli/stats';

describe('report statistics', () => {
  it.each([
    [765, 2000, 0.3614, 0.4041],
    [0, 500, 0, 0.0076],
    [12, 20, 0.3866, 0.7812],
  ])('Wilson 95%% interval for %i of %i', (k, n, lo, hi) => {
    const [a, b] = wilson(k, n);
    expect(a).toBeCloseTo(lo, 3);
    expect(b).toBeCloseTo(hi, 3);
  });

  it('prints a share with its interval', () => expect(shareText(765, 2000)).toBe('38.3% [36.1, 40.4]'));

  it('gives a paired difference its normal interval, zero-width when every game agrees', () => {
    expect(pairedDifference([1, 1, 1, 1])).toEqual({ mean: 1, low: 1, high: 1 });
    const d = pairedDifference([1, 0, 0, -1, 1, 0, 1, 0]);
    expect(d.mean).toBeCloseTo(0.25, 9);
    expect(d.high - d.low).toBeCloseTo(2 * 1.96 * Math.sqrt(0.5 / 8), 2);
  });
});
