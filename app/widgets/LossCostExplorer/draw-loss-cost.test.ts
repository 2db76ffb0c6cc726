import { describe, expect, it } from 'vitest';
import {
  formatFixed,
  lossCurves,
  makeScales,
  pathOf,
  wAtFraction,
  YHAT_SAMPLES,
  yDomainOf,
} from './draw-loss-cost.ts';

describe('lesson 3 plot geometry', () => {
  it('samples -log ŷ and -log(1 - ŷ) from the engine', () => {
    const { one, zero } = lossCurves();
    const i = YHAT_SAMPLES.findIndex((a) => Math.abs(a - 0.5) < 1e-12);
    expect(one[i]).toBeCloseTo(Math.log(2), 12);
    expect(zero[i]).toBeCloseTo(Math.log(2), 12);
    expect(one[0]).toBeCloseTo(-Math.log(0.005), 12);
    expect(zero[0]).toBeCloseTo(-Math.log(0.995), 12);
  });

  it('clips a path to the top of the y domain', () => {
    const scales = makeScales([0, 1], [0, 5]);
    const d = pathOf([0, 1], [100, 0], scales);
    expect(d.startsWith(`M${scales.x(0)},${scales.y(5)}`)).toBe(true);
  });

  it('finds a y range holding every value', () => {
    expect(yDomainOf([1, 2], [3])).toEqual([0, 3 * 1.05]);
    expect(yDomainOf([])).toEqual([0, 1]);
  });

  it('maps a pointer to w and formats numbers without -0', () => {
    expect(wAtFraction(0.5, -6, 6)).toBe(0);
    expect(wAtFraction(1.2, -6, 6)).toBe(6);
    expect(wAtFraction(0.6543, -6, 6)).toBe(1.85);
    expect(formatFixed(-0.0001)).toBe('0.000');
  });
});
