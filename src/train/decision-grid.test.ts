import { describe, expect, it } from 'vitest';
import { fromRows, matrix } from '../math/matrix';
import { createRng } from '../math/rng';
import { forward } from '../nn/forward';
import { initializeParameters } from '../nn/initialize';
import { type NetworkConfig, layerCount } from '../nn/types';
import { predictedClass } from './metrics';
import { GridEvaluator, decisionGrid } from './decision-grid';

const bounds = { xMin: -4, xMax: 4, yMin: -2, yMax: 2 };

/** The definition: every pixel centre as a column of X, through forward(). */
function referenceGrid(
  config: NetworkConfig,
  params: ReturnType<typeof initializeParameters>,
  R: number,
) {
  const n = R * R;
  const X = matrix(2, n, undefined, 'float64');
  for (let r = 0; r < R; r++) {
    for (let c = 0; c < R; c++) {
      X.data[r * R + c] = bounds.xMin + ((c + 0.5) / R) * (bounds.xMax - bounds.xMin);
      X.data[n + r * R + c] = bounds.yMax - ((r + 0.5) / R) * (bounds.yMax - bounds.yMin);
    }
  }
  const AL = forward(config, params, X).A[layerCount(config)]!;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    out[i] = AL.rows === 1 ? AL.data[i]! : AL.rows === 2 ? AL.data[n + i]! : predictedClass(AL, i);
  }
  return out;
}

function net(
  layerSizes: number[],
  hiddenActivation: NetworkConfig['hiddenActivation'],
  outputActivation: NetworkConfig['outputActivation'] = 'sigmoid',
): NetworkConfig {
  return { layerSizes, hiddenActivation, outputActivation, loss: 'cross-entropy' };
}

describe('decisionGrid', () => {
  it('puts yMax on row 0 and xMin on column 0', () => {
    // P(y = 1) = sigma(10 x2): top rows near 1, bottom rows near 0, whatever x1 is.
    const config = net([2, 1], 'tanh');
    const params = { W: [fromRows([[0, 10]])], b: [fromRows([[0]])] };
    const grid = decisionGrid(config, params, bounds, 10);
    expect(grid.length).toBe(100);
    expect(grid[0]).toBeGreaterThan(0.99);
    expect(grid[99]).toBeLessThan(0.01);
    const byX = decisionGrid(
      config,
      { W: [fromRows([[10, 0]])], b: [fromRows([[0]])] },
      bounds,
      10,
    );
    expect(byX[0]).toBeLessThan(0.01);
    expect(byX[9]).toBeGreaterThan(0.99);
  });

  it('matches forward() on every pixel, for every kind of network', () => {
    // The evaluator sums in float64 and uses tanhApprox (2.7e-7 from Math.tanh) for hidden
    // tanh; forward() runs in float64 here with Math.tanh. Each tanh error is scaled by the
    // next layer's weights (|W| < 3 for these initialisations, 16 units) and by sigma' <= 1/4:
    // 16 * 3 * 2.7e-7 / 4 ~ 3e-6 at worst; the float32 output adds 6e-8. So 5e-6.
    const cases: [NetworkConfig, number][] = [
      [net([2, 16, 1], 'tanh'), 37],
      [net([2, 1], 'tanh'), 5],
      [net([2, 5, 3, 1], 'relu'), 17],
      [net([2, 4, 1], 'leaky-relu'), 1],
      [net([2, 4, 1], 'sigmoid'), 2],
      [net([2, 3, 1], 'linear'), 3],
      [net([2, 6, 2], 'tanh', 'softmax'), 23],
      [net([2, 6, 2], 'relu', 'sigmoid'), 23],
    ];
    const evaluator = new GridEvaluator();
    for (const [config, R] of cases) {
      const params = initializeParameters(config, 'xavier', createRng(R), 1, 'float64');
      for (const W of params.W) W.data.forEach((w, i) => (W.data[i] = w * 2));
      const want = referenceGrid(config, params, R);
      const got = evaluator.evaluate(config, params, bounds, R);
      let worst = 0;
      for (let i = 0; i < want.length; i++) worst = Math.max(worst, Math.abs(got[i]! - want[i]!));
      expect(worst, config.layerSizes.join('-')).toBeLessThan(5e-6);
    }
  });

  it('paints the most likely class for three or more outputs', () => {
    for (const output of ['softmax', 'sigmoid'] as const) {
      const config = net([2, 8, 3], 'tanh', output);
      const params = initializeParameters(config, 'xavier', createRng(4), 1, 'float64');
      for (const W of params.W) W.data.forEach((w, i) => (W.data[i] = w * 3));
      const want = referenceGrid(config, params, 31);
      const got = decisionGrid(config, params, bounds, 31);
      let differ = 0;
      for (let i = 0; i < want.length; i++) if (got[i] !== want[i]) differ++;
      // Only a pixel whose top two classes tie to ~1e-7 could differ.
      expect(differ).toBeLessThanOrEqual(1);
      expect(new Set(got).size).toBeGreaterThan(1);
    }
  });

  it('writes into out, reuses its buffers across sizes, and checks out', () => {
    const config = net([2, 16, 1], 'tanh');
    const params = initializeParameters(config, 'xavier', createRng(1));
    const evaluator = new GridEvaluator();
    const out = new Float32Array(100 * 100);
    expect(evaluator.evaluate(config, params, bounds, 100, out)).toBe(out);
    const small = evaluator.evaluate(config, params, bounds, 10);
    const again = evaluator.evaluate(config, params, bounds, 100);
    expect(Array.from(again)).toEqual(Array.from(out));
    expect(Array.from(small)).toEqual(Array.from(decisionGrid(config, params, bounds, 10)));
    expect(() => evaluator.evaluate(config, params, bounds, 10, out)).toThrow(
      'out has 10000 numbers but the grid needs 100',
    );
    expect(() => evaluator.evaluate(config, params, { ...bounds, xMax: -5 }, 10)).toThrow(
      'bounds must be finite',
    );
    expect(() => evaluator.evaluate(net([3, 1], 'tanh'), params, bounds, 10)).toThrow(
      'n_x = 2 inputs',
    );
  });
});
