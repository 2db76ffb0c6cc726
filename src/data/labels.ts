/** Labels to the matrices the network trains on: Y (1, m) of 0/1, or one-hot Y (K, m). */
import { type DType, type Matrix, zeros } from '../math/matrix.ts';

/**
 * Y for class indices 0..K-1: with K = 2 a (1, m) row of 0s and 1s (sigmoid output); with
 * K > 2 one-hot columns, Y[k][i] = 1 when example i is of class k (softmax output). Allocates.
 */
export function labelsToY(labels: Uint8Array, classes: number, dtype: DType = 'float32'): Matrix {
  const m = labels.length;
  if (classes <= 2) {
    const Y = zeros(1, m, dtype);
    for (let i = 0; i < m; i++) Y.data[i] = labels[i]!;
    return Y;
  }
  return oneHot(labels, classes, dtype);
}

/** One-hot Y (K, m). Allocates. */
export function oneHot(labels: Uint8Array, classes: number, dtype: DType = 'float32'): Matrix {
  const m = labels.length;
  const Y = zeros(classes, m, dtype);
  for (let i = 0; i < m; i++) {
    const k = labels[i]!;
    if (k >= classes)
      throw new RangeError(`label ${k} of example ${i} is not below K = ${classes}`);
    Y.data[k * m + i] = 1;
  }
  return Y;
}

/** The class index per column of Y: y >= 0.5 for one row, argmax for K rows. Allocates. */
export function labelsFromY(Y: Matrix): Uint8Array {
  const m = Y.cols;
  const out = new Uint8Array(m);
  if (Y.rows === 1) {
    for (let i = 0; i < m; i++) out[i] = Y.data[i]! >= 0.5 ? 1 : 0;
    return out;
  }
  for (let i = 0; i < m; i++) {
    let best = 0;
    for (let k = 1; k < Y.rows; k++) if (Y.data[k * m + i]! > Y.data[best * m + i]!) best = k;
    out[i] = best;
  }
  return out;
}
