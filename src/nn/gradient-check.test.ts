import { describe, expect, it } from 'vitest';
import { type Matrix, zeros } from '../math/matrix';
import { createRng } from '../math/rng';
import { gradientCheck, relativeDifference } from './gradient-check';
import { initializeParameters } from './initialize';
import type { NetworkConfig } from './types';

function data(config: NetworkConfig, m: number, seed: number): { X: Matrix; Y: Matrix } {
  const rng = createRng(seed);
  const nx = config.layerSizes[0]!;
  const K = config.layerSizes[config.layerSizes.length - 1]!;
  const X = zeros(nx, m, 'float64');
  for (let i = 0; i < X.data.length; i++) X.data[i] = rng.normal();
  const Y = zeros(K, m, 'float64');
  for (let j = 0; j < m; j++) {
    if (config.outputActivation === 'softmax') Y.data[rng.int(K) * m + j] = 1;
    else for (let k = 0; k < K; k++) Y.data[k * m + j] = rng.int(2);
  }
  return { X, Y };
}

const CASES: [string, NetworkConfig][] = [
  ['logistic regression', { layerSizes: [3, 1], hiddenActivation: 'tanh', outputActivation: 'sigmoid', loss: 'cross-entropy' }],
  ['2-4-1 tanh', { layerSizes: [2, 4, 1], hiddenActivation: 'tanh', outputActivation: 'sigmoid', loss: 'cross-entropy' }],
  ['3-5-4-3 relu softmax', { layerSizes: [3, 5, 4, 3], hiddenActivation: 'relu', outputActivation: 'softmax', loss: 'cross-entropy' }],
  ['3-5-4-2 leaky relu', { layerSizes: [3, 5, 4, 2], hiddenActivation: 'leaky-relu', outputActivation: 'sigmoid', loss: 'cross-entropy' }],
  ['4-6-1 sigmoid hidden', { layerSizes: [4, 6, 1], hiddenActivation: 'sigmoid', outputActivation: 'sigmoid', loss: 'cross-entropy' }],
  ['2-3-1 linear hidden', { layerSizes: [2, 3, 1], hiddenActivation: 'linear', outputActivation: 'sigmoid', loss: 'cross-entropy' }],
  ['2-4-1 squared error', { layerSizes: [2, 4, 1], hiddenActivation: 'tanh', outputActivation: 'sigmoid', loss: 'squared-error' }],
  ['3-4-3 softmax squared error', { layerSizes: [3, 4, 3], hiddenActivation: 'tanh', outputActivation: 'softmax', loss: 'squared-error' }],
]; // prettier-ignore

describe('gradientCheck: backpropagation against central differences (float64)', () => {
  for (const [name, config] of CASES) {
    it(`${name}: relative difference < 1e-6`, () => {
      const params = initializeParameters(config, 'xavier', createRng(11), undefined, 'float64');
      // Non-zero biases so that every term of the chain rule is exercised.
      params.b.forEach((b, l) =>
        b.data.forEach((_, i) => (b.data[i] = 0.1 * (i + 1) * (l % 2 ? -1 : 1))),
      );
      const { X, Y } = data(config, 7, 5);
      const result = gradientCheck(config, params, X, Y);
      expect(result.relativeDifference).toBeLessThan(1e-6);
      expect(result.analytic.length).toBe(
        params.W.reduce((n, W, l) => n + W.data.length + params.b[l]!.data.length, 0),
      );
    });
  }

  it('detects a wrong gradient (the check can fail)', () => {
    const [, config] = CASES[1]!;
    const params = initializeParameters(config, 'xavier', createRng(3), undefined, 'float64');
    const { X, Y } = data(config, 9, 8);
    const { analytic, numeric, relativeDifference: ok } = gradientCheck(config, params, X, Y);
    expect(ok).toBeLessThan(1e-6);
    const wrong = analytic.slice();
    wrong[2] = wrong[2]! * 1.01 + 1e-4; // one entry of dW[1] off by about 1%
    expect(relativeDifference(wrong, numeric)).toBeGreaterThan(1e-5); // 10x the pass threshold
    const halved = analytic.map((g) => g / 2); // a forgotten factor, like 1/m twice
    expect(relativeDifference(halved, numeric)).toBeGreaterThan(0.3);
  });

  it('does not modify the parameters or the data passed in', () => {
    const [, config] = CASES[0]!;
    const params = initializeParameters(config, 'random', createRng(1), 1, 'float32');
    const before = Array.from(params.W[0]!.data);
    const { X, Y } = data(config, 4, 2);
    gradientCheck(config, params, X, Y);
    expect(Array.from(params.W[0]!.data)).toEqual(before);
  });
});
