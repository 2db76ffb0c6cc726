/**
 * Element-wise activation kernels for whole matrices, the hot-loop twins of the scalar pairs in
 * activations.ts (same formulas; activation-kernels.test.ts checks them against those pairs).
 * A switch on the name and one tight loop per function keep V8 from calling through a closure
 * per element. Softmax is here too because it is the output activation for K classes.
 */
import { type ActivationName, LEAKY_SLOPE } from './activations';
import { type Floats, type Matrix, ShapeError, shapeText } from './matrix';

/** A = g(Z), element-wise. Writes into A (which may be Z itself). */
export function activateInto(name: ActivationName, Z: Floats, A: Floats): void {
  const n = A.length;
  switch (name) {
    case 'sigmoid':
      for (let i = 0; i < n; i++) {
        const z = Z[i]!;
        // Stable both ways: e^-z for z >= 0, e^z / (1 + e^z) for z < 0.
        if (z >= 0) A[i] = 1 / (1 + Math.exp(-z));
        else {
          const e = Math.exp(z);
          A[i] = e / (1 + e);
        }
      }
      return;
    case 'tanh':
      for (let i = 0; i < n; i++) A[i] = Math.tanh(Z[i]!);
      return;
    case 'relu':
      for (let i = 0; i < n; i++) {
        const z = Z[i]!;
        A[i] = z > 0 ? z : 0;
      }
      return;
    case 'leaky-relu':
      for (let i = 0; i < n; i++) {
        const z = Z[i]!;
        A[i] = z > 0 ? z : LEAKY_SLOPE * z;
      }
      return;
    case 'linear':
      if (A !== Z) A.set(Z);
      return;
  }
}

/**
 * dZ = dA * g'(Z), element-wise, with g' written from the cached A where the notes do:
 * sigmoid a(1 - a), tanh 1 - a^2, ReLU 1 if z >= 0 else 0, leaky ReLU 1 or 0.01, linear 1.
 * `dAtoDZ` holds dA on entry and dZ on return (in place).
 */
export function multiplyByDerivative(
  name: ActivationName,
  A: Floats,
  Z: Floats,
  dAtoDZ: Floats,
): void {
  const d = dAtoDZ;
  const n = d.length;
  switch (name) {
    case 'sigmoid':
      for (let i = 0; i < n; i++) {
        const a = A[i]!;
        d[i] = d[i]! * a * (1 - a);
      }
      return;
    case 'tanh':
      for (let i = 0; i < n; i++) {
        const a = A[i]!;
        d[i] = d[i]! * (1 - a * a);
      }
      return;
    case 'relu':
      for (let i = 0; i < n; i++) if (Z[i]! < 0) d[i] = 0;
      return;
    case 'leaky-relu':
      for (let i = 0; i < n; i++) if (Z[i]! < 0) d[i] = d[i]! * LEAKY_SLOPE;
      return;
    case 'linear':
      return;
  }
}

/**
 * Column-wise softmax, one example per column: a_k = e^(z_k - max z) / sum_i e^(z_i - max z).
 * Subtracting the column's max changes nothing mathematically and keeps e^z finite.
 * Writes into A (which may be Z itself).
 */
export function softmaxInto(Z: Matrix, A: Matrix): void {
  if (Z.rows !== A.rows || Z.cols !== A.cols) {
    throw new ShapeError(`softmax of ${shapeText(Z)} cannot be written into ${shapeText(A)}`);
  }
  const K = Z.rows;
  const m = Z.cols;
  const z = Z.data;
  const a = A.data;
  for (let j = 0; j < m; j++) {
    let max = -Infinity;
    for (let k = 0; k < K; k++) max = Math.max(max, z[k * m + j]!);
    let sum = 0;
    for (let k = 0; k < K; k++) {
      const e = Math.exp(z[k * m + j]! - max);
      a[k * m + j] = e;
      sum += e;
    }
    for (let k = 0; k < K; k++) a[k * m + j] = a[k * m + j]! / sum;
  }
}

/**
 * Backpropagation through softmax for a general dA (squared error): the Jacobian-vector product
 *   dz_k = a_k (da_k - sum_i a_i da_i)   for every column.
 * `dAtoDZ` holds dA on entry and dZ on return. (With cross-entropy this reduces to A - Y,
 * which backward.ts uses directly.)
 */
export function softmaxBackward(A: Matrix, dAtoDZ: Matrix): void {
  const K = A.rows;
  const m = A.cols;
  const a = A.data;
  const d = dAtoDZ.data;
  for (let j = 0; j < m; j++) {
    let dot = 0;
    for (let k = 0; k < K; k++) dot += a[k * m + j]! * d[k * m + j]!;
    for (let k = 0; k < K; k++) d[k * m + j] = a[k * m + j]! * (d[k * m + j]! - dot);
  }
}
