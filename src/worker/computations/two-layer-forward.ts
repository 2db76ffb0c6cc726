/**
 * Lessons 11 and 12: a small two-layer network with real numbers to look at.
 *
 * A seeded toy set X (n_x, m) with labels y = 1 when x_1 + ... + x_nx > 0, a network
 * [n_x, n[1], 1] with sigmoid units initialised with 'random' x 0.5, trained a few full-batch
 * gradient-descent steps (so b[1] and b[2] are no longer zero), then one forward pass:
 *   Z[1] = W[1] X + b[1],  A[1] = sigma(Z[1]),  Z[2] = W[2] A[1] + b[2],  A[2] = sigma(Z[2]).
 * Every number a widget shows comes from this result.
 */
import type { Matrix } from '../../math/matrix.ts';
import { matrix } from '../../math/matrix.ts';
import { createRng } from '../../math/rng.ts';
import { backward } from '../../nn/backward.ts';
import { forward } from '../../nn/forward.ts';
import { initializeParameters } from '../../nn/initialize.ts';
import { createOptimizer } from '../../nn/optimizers.ts';
import type { NetworkConfig } from '../../nn/types.ts';
import type { ComputeContext } from './context.ts';
import { TWO_LAYER_LIMITS } from '../../computation-limits.ts';

export { TWO_LAYER_LIMITS };

export interface TwoLayerForwardInput {
  /** n_x = n[0] */
  nx: number;
  /** n[1] */
  hidden: number;
  /** number of examples, one per column of X */
  m: number;
  seed: number;
  /** gradient-descent steps before the forward pass shown (default 20) */
  steps?: number;
}

export interface TwoLayerForwardOutput {
  layerSizes: number[];
  /** W[0] is the notes' W[1] (n[1], n_x); W[1] is W[2] (1, n[1]) */
  W: Matrix[];
  b: Matrix[];
  /** (n_x, m), entries rounded to one decimal so a dot product can be read */
  X: Matrix;
  Y: Matrix;
  /** Z[l] and A[l] for l = 1, 2 at index l - 1, each (n[l], m) */
  Z: Matrix[];
  A: Matrix[];
  steps: number;
}

function checkSize(name: string, value: number, max: number): void {
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new Error(`${name} must be a whole number from 1 to ${max}, got ${String(value)}`);
  }
}

/** A copy the worker can transfer without detaching the trainer's own buffers. */
function copy(M: Matrix): Matrix {
  return matrix(M.rows, M.cols, M.data.slice());
}

export function twoLayerForward(
  _context: ComputeContext,
  input: TwoLayerForwardInput,
): TwoLayerForwardOutput {
  const steps = input.steps ?? 20;
  checkSize('n_x', input.nx, TWO_LAYER_LIMITS.nx);
  checkSize('n[1]', input.hidden, TWO_LAYER_LIMITS.hidden);
  checkSize('m', input.m, TWO_LAYER_LIMITS.m);
  if (!Number.isInteger(steps) || steps < 0 || steps > TWO_LAYER_LIMITS.steps) {
    throw new Error(`steps must be a whole number from 0 to ${TWO_LAYER_LIMITS.steps}`);
  }
  const rng = createRng(input.seed);
  const { nx, m } = input;
  // X: one example per column; one decimal keeps w_i^T x readable by hand.
  const X = matrix(nx, m);
  for (let k = 0; k < X.data.length; k++) X.data[k] = Math.round(rng.normal() * 10) / 10;
  const Y = matrix(1, m);
  for (let j = 0; j < m; j++) {
    let sum = 0;
    for (let i = 0; i < nx; i++) sum += X.data[i * m + j]!;
    Y.data[j] = sum > 0 ? 1 : 0;
  }
  const config: NetworkConfig = {
    layerSizes: [nx, input.hidden, 1],
    hiddenActivation: 'sigmoid',
    outputActivation: 'sigmoid',
    loss: 'cross-entropy',
  };
  const params = initializeParameters(config, 'random', rng, 0.5);
  const optimizer = createOptimizer('gd', params, { learningRate: 0.5 });
  for (let t = 0; t < steps; t++) {
    const cache = forward(config, params, X);
    optimizer.update(params, backward(config, params, cache, Y));
  }
  const cache = forward(config, params, X);
  return {
    layerSizes: config.layerSizes,
    W: params.W.map(copy),
    b: params.b.map(copy),
    X: copy(X),
    Y,
    Z: cache.Z.slice(1).map(copy),
    A: cache.A.slice(1).map(copy),
    steps,
  };
}
