import { describe, expect, it } from 'vitest';
import { makeBandDataset } from '../data/one-feature-band';
import { crossEntropyLoss, squaredErrorLoss } from '../math/losses';
import { sigmoid } from '../math/activations';
import { crossEntropyMinimum, hessian2, OneFeatureModel } from './one-feature-costs';

const x = Float64Array.from([1, -1, 2, 0.5]);
const y = Float64Array.from([1, 0, 0, 1]); // overlapping classes: a finite minimum exists

/** J as the notes write it, one example at a time, from the scalar losses. */
function meanLoss(loss: 'ce' | 'se', w: number, b: number): number {
  let sum = 0;
  x.forEach((xi, i) => {
    const a = sigmoid(w * xi + b);
    sum += loss === 'ce' ? crossEntropyLoss(a, y[i]!) : squaredErrorLoss(a, y[i]!);
  });
  return sum / x.length;
}

describe('OneFeatureModel', () => {
  const model = new OneFeatureModel(x, y);

  it('gives J as the mean of the per-example losses, under both losses', () => {
    for (const [w, b] of [
      [0, 0],
      [1.3, -0.4],
      [-2, 1],
    ] as const) {
      expect(model.cost('cross-entropy', w, b)).toBeCloseTo(meanLoss('ce', w, b), 12);
      expect(model.cost('squared-error', w, b)).toBeCloseTo(meanLoss('se', w, b), 12);
    }
    expect(model.cost('cross-entropy', 0, 0)).toBeCloseTo(Math.log(2), 12);
    expect(model.cost('squared-error', 0, 0)).toBeCloseTo(0.125, 12);
  });

  it('gives dJ/dw and dJ/db that match central differences', () => {
    const h = 1e-6;
    for (const loss of ['cross-entropy', 'squared-error'] as const) {
      for (const [w, b] of [
        [0.3, 0.1],
        [-1.5, 2],
      ] as const) {
        const g = model.evaluate(loss, w, b);
        const dw = (model.cost(loss, w + h, b) - model.cost(loss, w - h, b)) / (2 * h);
        const db = (model.cost(loss, w, b + h) - model.cost(loss, w, b - h)) / (2 * h);
        expect(g.dw).toBeCloseTo(dw, 8);
        expect(g.db).toBeCloseTo(db, 8);
      }
    }
  });

  it('rejects x and y of different lengths', () => {
    expect(() => new OneFeatureModel(x, Float64Array.from([1]))).toThrow(/must match/);
  });

  it('finds the cross-entropy minimum, where the gradient vanishes and the Hessian is positive', () => {
    const min = crossEntropyMinimum(model);
    const g = model.evaluate('cross-entropy', min.w, min.b);
    expect(Math.abs(g.dw)).toBeLessThan(1e-10);
    expect(Math.abs(g.db)).toBeLessThan(1e-10);
    const H = model.crossEntropyHessian(min.w, min.b);
    expect(H.lambdaMin).toBeGreaterThan(0);
    expect(H.lambdaMax).toBeGreaterThanOrEqual(H.lambdaMin);
  });

  it('says so when the classes are separable and no finite minimum exists', () => {
    const separable = new OneFeatureModel(Float64Array.from([-1, 1]), Float64Array.from([0, 1]));
    expect(() => crossEntropyMinimum(separable)).toThrow(/no finite minimum/);
  });

  it('on the band data, squared error has two valleys and cross-entropy one', () => {
    const band = makeBandDataset({ seed: 1 });
    const m = new OneFeatureModel(band.x, band.y);
    const se = (w: number) => m.cost('squared-error', w, 2);
    expect(se(-1.2)).toBeLessThan(se(0));
    expect(se(1.3)).toBeLessThan(se(0));
  });
});

describe('hessian2', () => {
  it('gives the eigenvalues and steepest direction of a symmetric 2x2 matrix', () => {
    const H = hessian2(2, 1, 2);
    expect(H.lambdaMax).toBeCloseTo(3, 12);
    expect(H.lambdaMin).toBeCloseTo(1, 12);
    expect(H.steepest[0]).toBeCloseTo(Math.SQRT1_2, 12);
    expect(H.steepest[1]).toBeCloseTo(Math.SQRT1_2, 12);
    expect(hessian2(1, 0, 4).steepest).toEqual([0, 1]);
  });
});
