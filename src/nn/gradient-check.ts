/**
 * Gradient checking: compare backprop's gradient g with central differences
 *
 *   g_approx[i] = (J(theta + eps e_i) - J(theta - eps e_i)) / (2 eps)
 *
 * over every parameter theta_i (W[1], b[1], W[2], b[2], ... flattened in that order), and
 * report ||g - g_approx|| / (||g|| + ||g_approx||). Around 1e-7 or less: backprop is right;
 * 1e-3 or more: there is a bug. Runs in float64 on copies; the inputs are not modified.
 * Costs two forward passes per parameter, so use it on small networks and a few examples.
 */
import { clone, type Matrix } from '../math/matrix';
import { backward } from './backward';
import { computeCost } from './cost';
import { forward } from './forward';
import { cloneParameters } from './initialize';
import { type Gradients, type NetworkConfig, type Parameters, layerCount } from './types';

export interface GradientCheckResult {
  relativeDifference: number;
  /** backprop's gradient, flattened W[1], b[1], W[2], b[2], ... */
  analytic: Float64Array;
  /** central differences, in the same order */
  numeric: Float64Array;
}

/** ||a - b|| / (||a|| + ||b||); 0 when both are zero. */
export function relativeDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let diff = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    diff += (x - y) * (x - y);
    na += x * x;
    nb += y * y;
  }
  const denominator = Math.sqrt(na) + Math.sqrt(nb);
  return denominator === 0 ? 0 : Math.sqrt(diff) / denominator;
}

/** Gradients flattened as W[1], b[1], W[2], b[2], ... Allocates. */
export function flattenGradients(grads: Gradients): Float64Array {
  const parts = grads.dW.flatMap((dW, i) => [dW.data, grads.db[i]!.data]);
  const out = new Float64Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export function gradientCheck(
  config: NetworkConfig,
  params: Parameters,
  X: Matrix,
  Y: Matrix,
  epsilon = 1e-7,
): GradientCheckResult {
  const p = cloneParameters(params, 'float64');
  const X64 = clone(X, 'float64');
  const Y64 = clone(Y, 'float64');
  const L = layerCount(config);
  const cost = () => {
    const cache = forward(config, p, X64);
    return computeCost(config, cache.A[L]!, Y64, cache.Z[L]);
  };
  const cache = forward(config, p, X64);
  const analytic = flattenGradients(backward(config, p, cache, Y64));
  const numeric = new Float64Array(analytic.length);
  const order = p.W.flatMap((W, i) => [W.data, p.b[i]!.data]);
  let at = 0;
  for (const theta of order) {
    for (let i = 0; i < theta.length; i++) {
      const saved = theta[i]!;
      theta[i] = saved + epsilon;
      const plus = cost();
      theta[i] = saved - epsilon;
      const minus = cost();
      theta[i] = saved;
      numeric[at++] = (plus - minus) / (2 * epsilon);
    }
  }
  return { relativeDifference: relativeDifference(analytic, numeric), analytic, numeric };
}
