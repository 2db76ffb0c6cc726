/**
 * Losses L(a, y) for one example and the cost J = (1/m) sum_i L(a(i), y(i)), each beside its
 * derivative dL/da (per example, without the 1/m: backward.ts applies 1/m in dW and db).
 *
 *   cross-entropy (sigmoid outputs)  L = -(y log a + (1 - y) log(1 - a))   dL/da = -y/a + (1-y)/(1-a)
 *   cross-entropy (softmax, K class) L = -sum_k y_k log a_k                 dL/da_k = -y_k / a_k
 *   squared error                    L = (1/2) sum_k (a_k - y_k)^2          dL/da_k = a_k - y_k
 *
 * With K > 1 sigmoid outputs the binary loss is summed over the K rows (one-vs-all).
 * Probabilities are clipped to [EPSILON, 1 - EPSILON] before a log, so log 0 never makes NaN.
 * The `...FromLogits` forms compute the same cross-entropy from Z[L] without that clipping:
 * they stay exact when float32 rounds a to exactly 0 or 1. The trainer uses them.
 */
import { type Matrix, ShapeError, shapeText } from './matrix';

export type LossName = 'cross-entropy' | 'squared-error';
export const LOSS_NAMES: readonly LossName[] = ['cross-entropy', 'squared-error'];

export function isLossName(value: unknown): value is LossName {
  return typeof value === 'string' && (LOSS_NAMES as readonly string[]).includes(value);
}

/** Clip for probabilities inside a log: log(1e-12) = -27.6 instead of -Infinity. */
export const EPSILON = 1e-12;

function clip(a: number): number {
  return a < EPSILON ? EPSILON : a > 1 - EPSILON ? 1 - EPSILON : a;
}

/** Throws unless A[L] and Y have the same shape; names both. */
export function checkLabels(AL: Matrix, Y: Matrix): void {
  if (AL.rows !== Y.rows || AL.cols !== Y.cols) {
    throw new ShapeError(
      `A[L] is ${shapeText(AL)} but Y is ${shapeText(Y)}: Y must be (n[L], m), like A[L]`,
    );
  }
}

/** Scalar loss for one probability a and label y (binary cross-entropy), for lesson plots. */
export function crossEntropyLoss(a: number, y: number): number {
  const p = clip(a);
  return -(y * Math.log(p) + (1 - y) * Math.log(1 - p));
}

/** Scalar squared-error loss (1/2)(a - y)^2. */
export function squaredErrorLoss(a: number, y: number): number {
  return 0.5 * (a - y) * (a - y);
}

/** J for sigmoid outputs: -(1/m) sum [y log a + (1-y) log(1-a)] over all elements. */
export function binaryCrossEntropyCost(AL: Matrix, Y: Matrix): number {
  checkLabels(AL, Y);
  const a = AL.data;
  const y = Y.data;
  let sum = 0;
  for (let i = 0; i < a.length; i++) {
    const p = clip(a[i]!);
    const yi = y[i]!;
    sum -= yi * Math.log(p) + (1 - yi) * Math.log(1 - p);
  }
  return sum / AL.cols;
}

/** dL/dA for sigmoid outputs: -y/a + (1-y)/(1-a), per element. Writes into out. */
export function binaryCrossEntropyDerivative(AL: Matrix, Y: Matrix, out: Matrix): void {
  checkLabels(AL, Y);
  const a = AL.data;
  const y = Y.data;
  for (let i = 0; i < a.length; i++) {
    const p = clip(a[i]!);
    const yi = y[i]!;
    out.data[i] = -yi / p + (1 - yi) / (1 - p);
  }
}

/** J for softmax outputs: -(1/m) sum_j sum_k y_kj log a_kj. */
export function categoricalCrossEntropyCost(AL: Matrix, Y: Matrix): number {
  checkLabels(AL, Y);
  const a = AL.data;
  const y = Y.data;
  let sum = 0;
  for (let i = 0; i < a.length; i++) {
    const yi = y[i]!;
    if (yi !== 0) sum -= yi * Math.log(clip(a[i]!));
  }
  return sum / AL.cols;
}

/** dL/dA for softmax outputs: -y/a per element. Writes into out. */
export function categoricalCrossEntropyDerivative(AL: Matrix, Y: Matrix, out: Matrix): void {
  checkLabels(AL, Y);
  for (let i = 0; i < AL.data.length; i++) out.data[i] = -Y.data[i]! / clip(AL.data[i]!);
}

/** J = (1/m) sum (1/2)(a - y)^2 over all elements. */
export function squaredErrorCost(AL: Matrix, Y: Matrix): number {
  checkLabels(AL, Y);
  let sum = 0;
  for (let i = 0; i < AL.data.length; i++) {
    const e = AL.data[i]! - Y.data[i]!;
    sum += 0.5 * e * e;
  }
  return sum / AL.cols;
}

/** dL/dA = a - y per element. Writes into out. */
export function squaredErrorDerivative(AL: Matrix, Y: Matrix, out: Matrix): void {
  checkLabels(AL, Y);
  for (let i = 0; i < AL.data.length; i++) out.data[i] = AL.data[i]! - Y.data[i]!;
}

/**
 * Binary cross-entropy of a = sigmoid(z) written from z, exact for any finite z:
 *   L = max(z, 0) - z y + log(1 + e^-|z|).
 */
export function sigmoidCrossEntropyFromLogits(ZL: Matrix, Y: Matrix): number {
  checkLabels(ZL, Y);
  let sum = 0;
  for (let i = 0; i < ZL.data.length; i++) {
    const z = ZL.data[i]!;
    sum += Math.max(z, 0) - z * Y.data[i]! + Math.log1p(Math.exp(-Math.abs(z)));
  }
  return sum / ZL.cols;
}

/**
 * Softmax cross-entropy from z, per column: L = logsumexp(z) sum_k y_k - sum_k y_k z_k
 * (the first sum is 1 for one-hot labels), exact for any finite z.
 */
export function softmaxCrossEntropyFromLogits(ZL: Matrix, Y: Matrix): number {
  checkLabels(ZL, Y);
  const K = ZL.rows;
  const m = ZL.cols;
  const z = ZL.data;
  const y = Y.data;
  let sum = 0;
  for (let j = 0; j < m; j++) {
    let max = -Infinity;
    for (let k = 0; k < K; k++) max = Math.max(max, z[k * m + j]!);
    let s = 0;
    let ySum = 0;
    let yz = 0;
    for (let k = 0; k < K; k++) {
      const zk = z[k * m + j]!;
      const yk = y[k * m + j]!;
      s += Math.exp(zk - max);
      ySum += yk;
      yz += yk * zk;
    }
    sum += (max + Math.log(s)) * ySum - yz;
  }
  return sum / m;
}
