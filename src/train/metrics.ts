/**
 * Accuracy of predictions A[L] against labels Y, in the notes' convention:
 * one output unit predicts 1 when a > 0.5; K outputs predict the class with the largest a.
 */
import { type Matrix, ShapeError, shapeText } from '../math/matrix';

/** The predicted class of column i of A[L]. */
export function predictedClass(AL: Matrix, i: number): number {
  const m = AL.cols;
  if (AL.rows === 1) return AL.data[i]! > 0.5 ? 1 : 0;
  let best = 0;
  for (let k = 1; k < AL.rows; k++) if (AL.data[k * m + i]! > AL.data[best * m + i]!) best = k;
  return best;
}

/** The number of columns where the predicted class equals Y's class. */
export function countCorrect(AL: Matrix, Y: Matrix): number {
  if (AL.rows !== Y.rows || AL.cols !== Y.cols) {
    throw new ShapeError(`A[L] is ${shapeText(AL)} but Y is ${shapeText(Y)}`);
  }
  const m = AL.cols;
  let correct = 0;
  for (let i = 0; i < m; i++) {
    const truth = Y.rows === 1 ? (Y.data[i]! >= 0.5 ? 1 : 0) : predictedClass(Y, i);
    if (predictedClass(AL, i) === truth) correct++;
  }
  return correct;
}

/** Fraction of columns predicted right, in [0, 1]. */
export function accuracy(AL: Matrix, Y: Matrix): number {
  return AL.cols === 0 ? 0 : countCorrect(AL, Y) / AL.cols;
}
