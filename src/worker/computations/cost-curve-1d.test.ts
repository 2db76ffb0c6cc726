import { describe, expect, it } from 'vitest';
import { makeBandDataset } from '../../data/one-feature-band';
import { OneFeatureModel } from '../../train/one-feature-costs';
import type { ComputeContext } from './context';
import { costCurve1d } from './cost-curve-1d';

const context: ComputeContext = {
  session: null,
  mnist: () => Promise.reject(new Error('not needed')),
};
const input = { seed: 1, b: 2, w: 0.5, wMin: -6, wMax: 6, samples: 400 };

describe('cost-curve-1d', () => {
  const out = costCurve1d(context, input);
  const ce = out.curves['cross-entropy'];
  const se = out.curves['squared-error'];

  it('samples J(w) under both losses from the engine’s costs', () => {
    expect(out.ws).toHaveLength(401);
    expect(out.ws[0]).toBe(-6);
    expect(out.ws[400]).toBe(6);
    const { x, y } = makeBandDataset({ seed: 1 });
    const model = new OneFeatureModel(x, y);
    expect(ce.J[100]).toBeCloseTo(model.cost('cross-entropy', out.ws[100]!, 2), 12);
    expect(se.J[300]).toBeCloseTo(model.cost('squared-error', out.ws[300]!, 2), 12);
    expect(ce.atJ).toBeCloseTo(model.cost('cross-entropy', 0.5, 2), 12);
    expect(se.atSlope).toBeCloseTo(model.evaluate('squared-error', 0.5, 2).dw, 12);
  });

  it('finds cross-entropy convex with one minimum, squared error not convex with two', () => {
    expect(ce.analysis.convex).toBe(true);
    expect(ce.analysis.minima).toHaveLength(1);
    expect(se.analysis.convex).toBe(false);
    expect(se.analysis.minima).toHaveLength(2);
    const [left, right] = se.analysis.minima as [number, number];
    expect(left).toBeLessThan(0);
    expect(right).toBeGreaterThan(0);
    // each minimum is where the exact slope vanishes
    const { x, y } = makeBandDataset({ seed: 1 });
    const model = new OneFeatureModel(x, y);
    expect(Math.abs(model.evaluate('squared-error', left, 2).dw)).toBeLessThan(1e-9);
    expect(se.minimaJ[0]).toBeCloseTo(model.cost('squared-error', left, 2), 12);
  });

  it('with b = 0 squared error has a single valley but is still not convex', () => {
    const flat = costCurve1d(context, { ...input, b: 0 }).curves['squared-error'];
    expect(flat.analysis.minima).toHaveLength(1);
    expect(flat.analysis.convex).toBe(false);
  });

  it('rejects an empty range', () => {
    expect(() => costCurve1d(context, { ...input, wMin: 1, wMax: 1 })).toThrow(/wMin < wMax/);
  });
});
