import { describe, expect, it } from 'vitest';
import { matrix, zeros } from '../../../src/math/matrix.ts';
import type { DigitModel } from '../../../src/nn/digit-models.ts';
import { contributionSums, hiddenUnitsFor, sharedWeightScale } from './model-internals.ts';

/** 784 -> 2 relu -> 10 softmax, with hand-set weights. */
function tinyNetwork(): DigitModel {
  const W1 = zeros(2, 784);
  W1.data[0] = 1; // unit 0 reads pixel 0
  W1.data[784 + 1] = 1; // unit 1 reads pixel 1
  const W2 = zeros(10, 2);
  W2.data[3 * 2 + 0] = 2; // unit 0 votes for 3
  W2.data[3 * 2 + 1] = -1; // unit 1 votes against 3
  return {
    kind: 'hidden',
    config: {
      layerSizes: [784, 2, 10],
      hiddenActivation: 'relu',
      outputActivation: 'softmax',
      loss: 'cross-entropy',
    },
    params: { W: [W1, W2], b: [zeros(2, 1), zeros(10, 1)] },
  };
}

describe('model internals', () => {
  it('adds up the positive and negative contributions and finds the extremes', () => {
    const c = new Float32Array(784);
    c[30] = 2;
    c[31] = -0.5;
    c[100] = 1;
    const sums = contributionSums(c);
    expect(sums.positive).toBe(3);
    expect(sums.negative).toBe(-0.5);
    expect(sums.argMax).toEqual([2, 3]);
    expect(sums.argMin).toEqual([2, 4]);
  });

  it('scales all pictures by a high quantile of |w|, not by one outlier', () => {
    const model = tinyNetwork();
    model.params.W[0] = matrix(1, 4, [0.1, -0.2, 0.3, -50]);
    expect(sharedWeightScale(model, 0.5)).toBeCloseTo(0.3);
    expect(sharedWeightScale(model, 1)).toBe(50);
  });

  it("ranks hidden units by their pull W[2][d, j] a_j on the predicted digit's output", () => {
    const pixels = new Float32Array(784);
    pixels[0] = 0.5;
    pixels[1] = 1;
    const units = hiddenUnitsFor(tinyNetwork(), pixels, 3);
    expect(units.map((u) => u.unit)).toEqual([0, 1]);
    expect(units[0]).toEqual({ unit: 0, activation: 0.5, pull: 1 });
    expect(units[1]).toEqual({ unit: 1, activation: 1, pull: -1 });
  });
});
