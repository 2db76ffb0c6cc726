import { describe, expect, it } from 'vitest';
import { type DType, zeros } from '../math/matrix';
import { createRng } from '../math/rng';
import { backward } from '../nn/backward';
import { computeCost } from '../nn/cost';
import { forward } from '../nn/forward';
import { cloneParameters, initializeParameters } from '../nn/initialize';
import { createOptimizer } from '../nn/optimizers';
import type { NetworkConfig, OptimizerName } from '../nn/types';
import { Trainer } from './trainer';

/**
 * The trainer's full-batch logistic regression takes the fused kernel (math/fused-logistic.ts).
 * Here the same steps are taken by forward, computeCost, backward and the optimizer, the path
 * every other network takes, and the two runs must agree.
 */
const config: NetworkConfig = {
  layerSizes: [37, 1],
  hiddenActivation: 'tanh',
  outputActivation: 'sigmoid',
  loss: 'cross-entropy',
};

function run(optimizer: OptimizerName, dtype: DType, tolerance: number) {
  const rng = createRng(5);
  const m = 203;
  const X = zeros(37, m, dtype);
  for (let i = 0; i < X.data.length; i++) X.data[i] = rng.next();
  const Y = zeros(1, m, dtype);
  for (let i = 0; i < m; i++) Y.data[i] = rng.int(2);
  const options = { config, init: 'random' as const, optimizer, learningRate: 0.3, seed: 9 };
  const params = initializeParameters(config, 'random', createRng(9), 0.01, dtype);
  const trainer = new Trainer(options, { X, Y }, cloneParameters(params));
  const reference = createOptimizer(optimizer, params, { learningRate: 0.3 });
  for (let step = 0; step < 20; step++) {
    const cache = forward(config, params, X);
    const cost = computeCost(config, cache.A[1]!, Y, cache.Z[1]);
    reference.update(params, backward(config, params, cache, Y));
    const result = trainer.step(1);
    expect(Math.abs(result.cost - cost), `step ${step + 1}`).toBeLessThan(tolerance);
  }
  const W = trainer.params.W[0]!.data;
  for (let j = 0; j < 37; j++)
    expect(Math.abs(W[j]! - params.W[0]!.data[j]!)).toBeLessThan(tolerance);
  expect(Math.abs(trainer.params.b[0]!.data[0]! - params.b[0]!.data[0]!)).toBeLessThan(tolerance);
}

describe('full-batch logistic regression in the trainer (fused kernel)', () => {
  it('takes the same steps as forward + backward, with gd, momentum and Adam (float32)', () => {
    // float32 parameters: the generic path rounds Z and A to float32 (6e-8 relative) and the
    // fused one does not, so costs and weights agree to ~1e-7; 2e-6 after 20 steps.
    for (const optimizer of ['gd', 'momentum', 'adam'] as const) run(optimizer, 'float32', 2e-6);
  });

  it('and in float64 to rounding', () => {
    run('gd', 'float64', 1e-12);
  });
});
