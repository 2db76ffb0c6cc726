import { describe, expect, it } from 'vitest';
import { ShapeError, fromRows, toRows, zeros } from '../math/matrix';
import { createRng } from '../math/rng';
import { backward } from './backward';
import { validateConfig } from './config';
import { computeCost } from './cost';
import { forward, predict } from './forward';
import { initializeParameters } from './initialize';
import type { NetworkConfig } from './types';

const base: NetworkConfig = {
  layerSizes: [2, 4, 1],
  hiddenActivation: 'tanh',
  outputActivation: 'sigmoid',
  loss: 'cross-entropy',
};

describe('validateConfig', () => {
  it('accepts logistic regression and deep networks', () => {
    expect(() => validateConfig({ ...base, layerSizes: [784, 1] })).not.toThrow();
    expect(() =>
      validateConfig({ ...base, layerSizes: [784, 128, 64, 10], outputActivation: 'softmax' }),
    ).not.toThrow();
    expect(() => validateConfig({ ...base, layerSizes: [784, 10] })).not.toThrow(); // one-vs-all sigmoids
  });

  it('rejects impossible sizes and names with a clear message', () => {
    expect(() => validateConfig({ ...base, layerSizes: [2] })).toThrow('layerSizes needs at least');
    expect(() => validateConfig({ ...base, layerSizes: [2, 0, 1] })).toThrow(
      'n[1] must be a whole number of at least 1, got 0',
    );
    expect(() => validateConfig({ ...base, layerSizes: [2, -3, 1] })).toThrow('n[1]');
    expect(() => validateConfig({ ...base, layerSizes: [2, 2.5, 1] })).toThrow('got 2.5');
    expect(() => validateConfig({ ...base, layerSizes: [2, 5000, 1] })).toThrow(
      'more than the limit of 4096',
    );
    expect(() => validateConfig({ ...base, layerSizes: [0, 1] })).toThrow('n_x');
    expect(() => validateConfig({ ...base, outputActivation: 'softmax' })).toThrow(
      'softmax needs at least 2 output units',
    );
    expect(() => validateConfig({ ...base, hiddenActivation: 'swish' as never })).toThrow(
      "unknown hidden activation 'swish'",
    );
    expect(() => validateConfig({ ...base, loss: 'hinge' as never })).toThrow(
      "unknown loss 'hinge'",
    );
  });
});

describe('initializeParameters', () => {
  it('gives W[l] (n[l], n[l-1]) and b[l] (n[l], 1) = 0, reproducibly', () => {
    const p = initializeParameters({ ...base, layerSizes: [3, 5, 2] }, 'random', createRng(1));
    expect(p.W.map((W) => [W.rows, W.cols])).toEqual([
      [5, 3],
      [2, 5],
    ]);
    expect(p.b.map((b) => [b.rows, b.cols])).toEqual([
      [5, 1],
      [2, 1],
    ]);
    expect(p.b.every((b) => b.data.every((x) => x === 0))).toBe(true);
    const q = initializeParameters({ ...base, layerSizes: [3, 5, 2] }, 'random', createRng(1));
    expect(Array.from(q.W[1]!.data)).toEqual(Array.from(p.W[1]!.data));
  });

  it('scales: random 0.01 by default, xavier sqrt(1/n), he sqrt(2/n), zeros', () => {
    const std = (init: 'random' | 'xavier' | 'he', scale?: number) => {
      const W = initializeParameters(
        { ...base, layerSizes: [400, 300, 1] },
        init,
        createRng(2),
        scale,
      ).W[0]!.data;
      return Math.sqrt(Array.from(W).reduce((s, x) => s + x * x, 0) / W.length);
    };
    expect(std('random')).toBeCloseTo(0.01, 3);
    expect(std('random', 0.5)).toBeCloseTo(0.5, 1);
    expect(std('xavier')).toBeCloseTo(Math.sqrt(1 / 400), 3);
    expect(std('he')).toBeCloseTo(Math.sqrt(2 / 400), 3);
    const z = initializeParameters(base, 'zeros', createRng(1));
    expect(z.W.every((W) => W.data.every((x) => x === 0))).toBe(true);
  });

  it('zero initialisation keeps hidden units identical after training steps (symmetry)', () => {
    const config = base;
    const p = initializeParameters(config, 'zeros', createRng(1), undefined, 'float64');
    const X = fromRows(
      [
        [1, -2, 0.5],
        [0.3, 0.8, -1],
      ],
      'float64',
    );
    const Y = fromRows([[1, 0, 1]], 'float64');
    for (let s = 0; s < 5; s++) {
      const g = backward(config, p, forward(config, p, X), Y);
      p.W.forEach((W, l) => W.data.forEach((_, i) => (W.data[i] = W.data[i]! - g.dW[l]!.data[i]!)));
      p.b.forEach((b, l) => b.data.forEach((_, i) => (b.data[i] = b.data[i]! - g.db[l]!.data[i]!)));
    }
    const rows = toRows(p.W[0]!);
    expect(rows.every((r) => r.join() === rows[0]!.join())).toBe(true);
  });
});

describe('forward and backward', () => {
  it('computes the notes example by hand: Z = W X + b, A = sigma(Z)', () => {
    const config: NetworkConfig = { ...base, layerSizes: [2, 1] };
    const params = { W: [fromRows([[0.5, -1]], 'float64')], b: [fromRows([[0.25]], 'float64')] };
    const X = fromRows(
      [
        [1, 2],
        [3, 4],
      ],
      'float64',
    );
    const cache = forward(config, params, X);
    expect(toRows(cache.Z[1]!)).toEqual([[0.5 - 3 + 0.25, 1 - 4 + 0.25]]);
    expect(cache.A[1]!.data[0]).toBeCloseTo(1 / (1 + Math.exp(2.25)), 12);
    expect(cache.A[0]).toBe(X);
    expect(predict(config, params, X).data[1]).toBeCloseTo(1 / (1 + Math.exp(2.75)), 12);
    const Y = fromRows([[1, 0]], 'float64');
    const J = computeCost(config, cache.A[1]!, Y);
    const a = cache.A[1]!.data;
    expect(J).toBeCloseTo(-(Math.log(a[0]!) + Math.log(1 - a[1]!)) / 2, 12);
    const g = backward(config, params, cache, Y);
    const dz = [a[0]! - 1, a[1]!];
    expect(g.dW[0]!.data[0]).toBeCloseTo((1 * dz[0]! + 2 * dz[1]!) / 2, 12);
    expect(g.dW[0]!.data[1]).toBeCloseTo((3 * dz[0]! + 4 * dz[1]!) / 2, 12);
    expect(g.db[0]!.data[0]).toBeCloseTo((dz[0]! + dz[1]!) / 2, 12);
  });

  it('reuses a cache of the right shape and names both shapes on a mismatch', () => {
    const params = initializeParameters(base, 'random', createRng(1));
    const X = zeros(2, 10);
    const cache = forward(base, params, X);
    expect(forward(base, params, X, cache)).toBe(cache);
    expect(forward(base, params, zeros(2, 11), cache)).not.toBe(cache);
    expect(() => forward(base, params, zeros(3, 400))).toThrow(ShapeError);
    expect(() => forward(base, params, zeros(3, 400))).toThrow(
      'W[1] is (4, 2) but A[0] = X is (3, 400)',
    );
    const wrong = { W: [params.W[0]!, zeros(1, 3)], b: params.b };
    expect(() => forward(base, wrong, X)).toThrow(
      'W[2] is (1, 3) but the layer sizes need (1, 4): W[l] must be (n[l], n[l-1])',
    );
    expect(() => computeCost(base, zeros(1, 10), zeros(1, 9))).toThrow(
      'A[L] is (1, 10) but Y is (1, 9)',
    );
  });
});
