/**
 * Logistic regression the notes' first way, with explicit for-loops over examples and features
 * (lesson 8), kept deliberately plain so that lesson 9 can race it against the vectorised twin
 * in logistic-regression.ts:
 *
 *   J = 0, dw = 0, db = 0
 *   for i = 1..m:
 *     z(i) = w^T x(i) + b;  a(i) = sigma(z(i))
 *     J += -[y(i) log a(i) + (1 - y(i)) log(1 - a(i))]
 *     dz(i) = a(i) - y(i)
 *     for j = 1..n_x:  dw_j += x_j(i) dz(i)
 *     db += dz(i)
 *   J /= m;  dw /= m;  db /= m
 *   w := w - alpha dw;  b := b - alpha db
 *
 * `cost`, `dw` and `db` are those of the parameters passed in (before the update).
 */
import { sigmoid } from '../math/activations';
import { crossEntropyLoss } from '../math/losses';
import { type Floats, type Matrix, ShapeError, shapeText } from '../math/matrix';

export interface GradientStepResult {
  /** updated weights: a new array of the same type as the w passed in */
  w: Floats;
  /** updated bias */
  b: number;
  /** J(w, b) before the update */
  cost: number;
  /** dJ/dw before the update (Float64Array of length n_x) */
  dw: Float64Array;
  /** dJ/db before the update */
  db: number;
}

/** Throws unless w has n_x numbers, X is (n_x, m) and Y is (1, m). */
export function checkLogisticShapes(w: Floats, X: Matrix, Y: Matrix): void {
  if (w.length !== X.rows) {
    throw new ShapeError(
      `w is (${w.length}, 1) but X is ${shapeText(X)}: w must be (n_x, 1) with n_x = ${X.rows}`,
    );
  }
  if (Y.rows !== 1 || Y.cols !== X.cols) {
    throw new ShapeError(`Y is ${shapeText(Y)} but X is ${shapeText(X)}: Y must be (1, ${X.cols})`);
  }
}

/** One step of gradient descent by loops. Allocates the new w and dw. */
export function loopGradientStep(
  w: Floats,
  b: number,
  X: Matrix,
  Y: Matrix,
  learningRate: number,
): GradientStepResult {
  checkLogisticShapes(w, X, Y);
  const nx = X.rows;
  const m = X.cols;
  let J = 0;
  const dw = new Float64Array(nx);
  let db = 0;
  for (let i = 0; i < m; i++) {
    let z = b;
    for (let j = 0; j < nx; j++) z += w[j]! * X.data[j * m + i]!;
    const a = sigmoid(z);
    const y = Y.data[i]!;
    J += crossEntropyLoss(a, y);
    const dz = a - y;
    for (let j = 0; j < nx; j++) dw[j] = dw[j]! + X.data[j * m + i]! * dz;
    db += dz;
  }
  J /= m;
  for (let j = 0; j < nx; j++) dw[j] = dw[j]! / m;
  db /= m;
  const wNext = w instanceof Float64Array ? new Float64Array(nx) : new Float32Array(nx);
  for (let j = 0; j < nx; j++) wNext[j] = w[j]! - learningRate * dw[j]!;
  return { w: wNext, b: b - learningRate * db, cost: J, dw, db };
}
