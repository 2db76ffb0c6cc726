import { describe, expect, it } from 'vitest';
import type { IdxImages } from '../../data/mnist';
import { inkFeature } from '../../data/mnist-ink';
import { descentPath } from '../../train/descent-2d';
import { OneFeatureModel } from '../../train/one-feature-costs';
import type { MnistFiles } from '../session';
import type { ComputeContext } from './context';
import { inkCostSurface } from './ink-cost-surface';
import { inkDescent, inkPresets } from './ink-descent';

/**
 * A tiny stand-in for MNIST: 2x2 images whose ink overlaps between the digits (so the cost
 * has a finite minimum), plus a 7 that the 0-vs-1 feature must skip.
 */
const inks = [200, 180, 150, 120, 90, 140, 60, 40, 30, 10, 100];
const digits = [0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 7];
const images: IdxImages = {
  count: inks.length,
  rows: 2,
  cols: 2,
  pixels: Uint8Array.from(inks.flatMap((v) => [v, v, v, v])),
};
const files = { train: { images, labels: Uint8Array.from(digits) } } as unknown as MnistFiles;
const context: ComputeContext = { session: null, mnist: () => Promise.resolve(files) };
const feature = inkFeature(images, Uint8Array.from(digits));
const model = new OneFeatureModel(feature.x, feature.y);

describe('ink computations', () => {
  it('the surface holds J on a grid around the minimum, from the 0s and 1s only', async () => {
    const out = await inkCostSurface(context, { resolution: 5 });
    expect(out.m).toBe(10);
    expect([out.zeros, out.ones]).toEqual([5, 5]);
    expect(out.J).toHaveLength(25);
    const { wMin, bMax } = out.bounds;
    expect(out.J[0]).toBeCloseTo(model.cost('cross-entropy', wMin, bMax), 12);
    expect(out.bounds.wMax - out.bounds.wMin).toBe(20);
    expect(out.lambdaMax).toBeGreaterThanOrEqual(out.lambdaMin);
    expect(out.accuracy).toBeGreaterThan(0.5);
    await expect(inkCostSurface(context, { resolution: 1 })).rejects.toThrow(/resolution/);
  });

  it('the path is gradient descent from the start with the given alpha', async () => {
    const input = { start: { w: 1, b: -1 }, learningRate: 0.5, steps: 4 };
    const out = await inkDescent(context, input);
    const expected = descentPath(model, input.start, 0.5, 4);
    expect(Array.from(out.path.w)).toEqual(Array.from(expected.w));
    expect(out.path.J).toHaveLength(5);
    // first step by the update rule, from the gradient at the start
    expect(out.path.w[1]).toBeCloseTo(1 - 0.5 * out.path.dw[0]!, 14);
    expect(out.path.b[1]).toBeCloseTo(-1 - 0.5 * out.path.db[0]!, 14);
    await expect(inkDescent(context, { ...input, learningRate: 0 })).rejects.toThrow(/greater/);
    await expect(inkDescent(context, { ...input, steps: 0 })).rejects.toThrow(/steps/);
  });

  it('the presets are multiples of 1 / lambda: 0.1 and 1 for slow and good', async () => {
    const out = await inkPresets(context, { start: { w: 0, b: 0 }, steps: 40 });
    expect(out.presets.slow!.learningRate).toBeCloseTo(0.1 / out.lambdaMax, 12);
    expect(out.presets.good!.learningRate).toBeCloseTo(1 / out.lambdaMax, 12);
    expect(out.presets.good!.verdict).toBe('good');
  });
});
