/**
 * Logistic regression vectorised, the notes' numpy lines (lesson 9):
 *
 *   Z  = np.dot(w.T, X) + b       (1, m)
 *   A  = sigma(Z)
 *   dZ = A - Y
 *   dw = (1/m) np.dot(X, dZ.T)    (n_x, 1)
 *   db = (1/m) np.sum(dZ)
 *   w := w - alpha dw;  b := b - alpha db
 *
 * Same signature and results as loopGradientStep, built on the matrix kernels: each product
 * reads X once, in memory order. Allocates Z, A, dZ and the results.
 */
import { activateInto } from '../math/activation-kernels';
import { matmul, matmulTransB } from '../math/gemm';
import { binaryCrossEntropyCost } from '../math/losses';
import { type Floats, type Matrix, dtypeOf, zeros } from '../math/matrix';
import { type GradientStepResult, checkLogisticShapes } from './loop-logistic-regression';

export function vectorisedGradientStep(
  w: Floats,
  b: number,
  X: Matrix,
  Y: Matrix,
  learningRate: number,
): GradientStepResult {
  checkLogisticShapes(w, X, Y);
  const nx = X.rows;
  const m = X.cols;
  const dtype = dtypeOf(X.data);
  const wT: Matrix = { rows: 1, cols: nx, data: w }; // w^T, the same numbers as a row
  const Z = matmul(wT, X, zeros(1, m, dtype));
  for (let i = 0; i < m; i++) Z.data[i] = Z.data[i]! + b;
  const A = zeros(1, m, dtype);
  activateInto('sigmoid', Z.data, A.data);
  const cost = binaryCrossEntropyCost(A, Y);
  const dZ = zeros(1, m, 'float64');
  let db = 0;
  for (let i = 0; i < m; i++) {
    dZ.data[i] = A.data[i]! - Y.data[i]!;
    db += dZ.data[i]!;
  }
  db /= m;
  const dwT = matmulTransB(dZ, X, zeros(1, nx, 'float64')); // (X dZ^T)^T = dZ X^T
  const dw = dwT.data as Float64Array;
  const wNext = w instanceof Float64Array ? new Float64Array(nx) : new Float32Array(nx);
  for (let j = 0; j < nx; j++) {
    dw[j] = dw[j]! / m;
    wNext[j] = w[j]! - learningRate * dw[j]!;
  }
  return { w: wNext, b: b - learningRate * db, cost, dw, db };
}
