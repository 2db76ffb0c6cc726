import { describe, expect, it } from 'vitest';
import { costCeiling, type CurveSeries } from './draw-overlaid-curves.ts';
import { curveStyle } from './curve-styles.ts';

const series = (costs: number[], diverged = false): CurveSeries => ({
  key: String(costs[0]),
  iterations: costs.map((_, i) => i + 1),
  costs,
  colour: 'red',
  dash: '',
  diverged,
});

describe('costCeiling', () => {
  it('is the largest cost when every run descends', () => {
    expect(costCeiling([series([0.69, 0.5]), series([0.7, 0.3])])).toBeCloseTo(0.7);
  });

  it('stops at twice the largest first cost, so an exploding run does not flatten the rest', () => {
    expect(costCeiling([series([0.69, 0.4]), series([0.69, 40300, NaN], true)])).toBeCloseTo(1.38);
  });

  it('has a floor when there is nothing to show', () => {
    expect(costCeiling([])).toBe(1e-3);
  });
});

describe('curveStyle', () => {
  it('never gives two of eight runs the same colour and dash', () => {
    const styles = Array.from({ length: 8 }, (_, i) => curveStyle(i));
    expect(new Set(styles.map((s) => `${s.colour}|${s.dash}`)).size).toBe(8);
    expect(new Set(styles.map((s) => s.dash)).size).toBe(8);
  });
});
