/**
 * Element-wise activation kernels for whole matrices, the hot-loop twins of the scalar pairs in
 * activations.ts (same formulas; activation-kernels.test.ts checks them against those pairs).
 * A switch on the name and one tight loop per function keep V8 from calling through a closure
 * per element. Softmax is here too because it is the output activation for K classes.
 */
import { type ActivationName, LEAKY_SLOPE } from './activations';
import { addColumnInPlace, checkColumn } from './broadcast';
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
 * Z := Z + b (b (n, 1) repeated across the columns), then A = g(Z): a hidden layer's two
 * element-wise steps of forward propagation. For ReLU (the MNIST networks) in one pass over Z,
 * which saves reading Z twice; A takes Z as stored (rounded to its dtype), so the numbers are
 * those of addColumnInPlace then activateInto, which the other activations still take.
 * Writes into Z and A.
 */
export function addBiasAndActivate(
  name: ActivationName,
  Z: Matrix,
  b: Matrix,
  A: Matrix,
  bName = 'b',
): void {
  if (name !== 'relu') {
    addColumnInPlace(Z, b, bName);
    activateInto(name, Z.data, A.data);
    return;
  }
  checkColumn(Z, b, bName);
  const m = Z.cols;
  const z = Z.data;
  const a = A.data;
  for (let i = 0; i < Z.rows; i++) {
    const bi = b.data[i]!;
    const end = (i + 1) * m;
    for (let t = i * m; t < end; t++) {
      z[t] = z[t]! + bi;
      const stored = z[t]!;
      a[t] = stored > 0 ? stored : 0;
    }
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

/*
 * A rational approximation of tanh for painting decision surfaces (not for training, which
 * uses Math.tanh so that runs match the notes): tanh(x) ~ x P(x^2) / Q(x^2) on [-c, c], c =
 * 7.905311, with P of degree 6 and Q of degree 3 (the coefficients of Eigen's float tanh), and
 * +-tanh(c) = +-0.99999974 beyond. Within 2.7e-7 of Math.tanh everywhere (largest at the clamp;
 * activation-kernels.test.ts checks a dense sweep), and about 3x faster in V8: a 100x100 grid
 * of a 2-16-1 tanh network needs 160,000 of them.
 */
const TANH_CLAMP = 7.90531110763549805;
const P1 = 4.89352455891786e-3;
const P3 = 6.37261928875436e-4;
const P5 = 1.48572235717979e-5;
const P7 = 5.12229709037114e-8;
const P9 = -8.60467152213735e-11;
const P11 = 2.00018790482477e-13;
const P13 = -2.76076847742355e-16;
const Q0 = 4.89352518554385e-3;
const Q2 = 2.268434632439e-3;
const Q4 = 1.18534705686654e-4;
const Q6 = 1.19825839466702e-6;

/** tanh(z) to within 2.7e-7 (see above); NaN stays NaN. */
export function tanhApprox(z: number): number {
  const x = z > TANH_CLAMP ? TANH_CLAMP : z < -TANH_CLAMP ? -TANH_CLAMP : z;
  const x2 = x * x;
  let p = P13 * x2 + P11;
  p = p * x2 + P9;
  p = p * x2 + P7;
  p = p * x2 + P5;
  p = p * x2 + P3;
  p = p * x2 + P1;
  let q = Q6 * x2 + Q4;
  q = q * x2 + Q2;
  q = q * x2 + Q0;
  return (x * p) / q;
}
