import { describe, expect, it } from 'vitest';
import { makeBandDataset } from '../data/one-feature-band';
import { vectorisedGradientStep } from '../nn/logistic-regression';
import { sigmoidCrossEntropyFromLogits } from '../math/losses';
import { matrix } from '../math/matrix';
import { costSurface, descentPath, summariseRun } from './descent-2d';
import { learningRatePresets } from './learning-rate-presets';
import { crossEntropyMinimum, OneFeatureModel } from './one-feature-costs';

describe('descentPath', () => {
  it('takes the first steps exactly as computed by hand', () => {
    // x = (1, -1), y = (1, 0), from (0, 0) with alpha = 1:
    // step 0: a = (1/2, 1/2), dz = (-1/2, 1/2), dw = (1/2)(-1/2 - 1/2) = -1/2, db = 0 -> (w, b) = (1/2, 0)
    // step 1: a = (s, 1 - s) with s = sigma(1/2), dw = (1/2)((s - 1) - (1 - s)) = s - 1 -> w = 1/2 + (1 - s)
    const model = new OneFeatureModel(Float64Array.from([1, -1]), Float64Array.from([1, 0]));
    const path = descentPath(model, { w: 0, b: 0 }, 1, 2);
    const s = 1 / (1 + Math.exp(-0.5));
    expect(Array.from(path.w)).toEqual([0, 0.5, expect.closeTo(0.5 + (1 - s), 14)]);
    expect(Array.from(path.b)).toEqual([0, 0, expect.closeTo(0, 14)]);
    expect(path.J[0]).toBeCloseTo(Math.log(2), 14);
    expect(path.dw[0]).toBe(-0.5);
    expect(path.db[0]).toBe(0);
    expect(path.dw[1]).toBeCloseTo(s - 1, 14);
    expect(path.J[1]).toBeCloseTo(-Math.log(s), 14);
  });

  it('agrees with the engine’s vectorised gradient step, step after step', () => {
    const { x, y } = makeBandDataset({ seed: 2 });
    const model = new OneFeatureModel(x, y);
    const path = descentPath(model, { w: 1.5, b: -0.5 }, 0.8, 5);
    let w = Float64Array.from([1.5]);
    let b = -0.5;
    const X = matrix(1, x.length, Array.from(x), 'float64');
    const Y = matrix(1, y.length, Array.from(y), 'float64');
    for (let k = 0; k < 5; k++) {
      expect(path.w[k]).toBeCloseTo(w[0]!, 12);
      expect(path.b[k]).toBeCloseTo(b, 12);
      const step = vectorisedGradientStep(w, b, X, Y, 0.8);
      expect(path.J[k]).toBeCloseTo(step.cost, 10);
      expect(path.dw[k]).toBeCloseTo(step.dw[0]!, 12);
      expect(path.db[k]).toBeCloseTo(step.db, 12);
      w = Float64Array.from(step.w);
      b = step.b;
    }
  });
});

describe('costSurface', () => {
  it('holds the engine’s cost at every node, row 0 at the largest b', () => {
    const { x, y } = makeBandDataset({ seed: 3 });
    const model = new OneFeatureModel(x, y);
    const bounds = { wMin: -2, wMax: 2, bMin: -1, bMax: 3 };
    const J = costSurface(model, bounds, 5);
    const engineCost = (w: number, b: number) =>
      sigmoidCrossEntropyFromLogits(
        matrix(
          1,
          x.length,
          Array.from(x, (v) => w * v + b),
          'float64',
        ),
        matrix(1, y.length, Array.from(y), 'float64'),
      );
    expect(J[0]).toBeCloseTo(engineCost(-2, 3), 12);
    expect(J[4]).toBeCloseTo(engineCost(2, 3), 12);
    expect(J[2 * 5 + 1]).toBeCloseTo(engineCost(-1, 1), 12);
    expect(J[24]).toBeCloseTo(engineCost(2, -1), 12);
  });
});

describe('summariseRun and the presets', () => {
  // Overlapping classes on one feature: a finite minimum, as for the MNIST ink feature.
  const x = Float64Array.from([-2, -1.2, -0.8, -0.1, 0.3, 0.2, 0.9, 1.4, 2.1, -0.5]);
  const y = Float64Array.from([0, 0, 0, 1, 0, 1, 1, 1, 1, 1]);
  const model = new OneFeatureModel(x, y);
  const minimum = crossEntropyMinimum(model);
  const H = model.crossEntropyHessian(minimum.w, minimum.b);
  const start = { w: minimum.w + 3, b: minimum.b + 2 };

  it('gives each preset the behaviour it is named after', () => {
    const presets = learningRatePresets(model, minimum, H.lambdaMax, H.steepest, start, 60);
    expect(presets.slow!.verdict).toBe('slow');
    expect(presets.good!.verdict).toBe('good');
    expect(presets.oscillating!.verdict).toBe('oscillating');
    expect(presets.diverging!.verdict).toBe('diverging');
    expect(presets.slow!.learningRate).toBeCloseTo(0.1 / H.lambdaMax, 12);
    expect(presets.good!.learningRate).toBeCloseTo(1 / H.lambdaMax, 12);
    expect(presets.oscillating!.times).toBeGreaterThan(1);
    expect(presets.diverging!.times).toBeGreaterThan(presets.oscillating!.times);
  });

  it('calls a run that climbs above its start diverging, and one that starts at the minimum good', () => {
    const path = descentPath(model, start, 200 / H.lambdaMax, 30);
    const summary = summariseRun(path, minimum, H.steepest);
    expect(summary.verdict).toBe('diverging');
    expect(summary.maxJ).toBeGreaterThan(path.J[0]!);
    const still = descentPath(model, minimum, 1, 10);
    expect(summariseRun(still, minimum, H.steepest).verdict).toBe('good');
  });
});
