import { describe, expect, it } from 'vitest';
import {
  binaryCrossEntropyCost,
  binaryCrossEntropyDerivative,
  categoricalCrossEntropyCost,
  categoricalCrossEntropyDerivative,
  crossEntropyLoss,
  sigmoidCrossEntropyFromLogits,
  softmaxCrossEntropyFromLogits,
  squaredErrorCost,
  squaredErrorDerivative,
} from './losses';
import { softmaxInto, activateInto } from './activation-kernels';
import { type Matrix, ShapeError, fromRows, zeros } from './matrix';

const h = 1e-6;

/** Checks d(m J)/dA against central differences, element by element. */
function checkDerivative(
  cost: (A: Matrix, Y: Matrix) => number,
  derivative: (A: Matrix, Y: Matrix, out: Matrix) => void,
  A: Matrix,
  Y: Matrix,
) {
  const d = zeros(A.rows, A.cols, 'float64');
  derivative(A, Y, d);
  const m = A.cols;
  for (let i = 0; i < A.data.length; i++) {
    const saved = A.data[i]!;
    A.data[i] = saved + h;
    const plus = cost(A, Y);
    A.data[i] = saved - h;
    const minus = cost(A, Y);
    A.data[i] = saved;
    expect(d.data[i]).toBeCloseTo((m * (plus - minus)) / (2 * h), 5);
  }
}

describe('losses', () => {
  const A = fromRows([[0.9, 0.2, 0.6, 0.05]], 'float64');
  const Y = fromRows([[1, 0, 0, 1]], 'float64');

  it('cross-entropy: cost and derivative -y/a + (1-y)/(1-a)', () => {
    expect(binaryCrossEntropyCost(A, Y)).toBeCloseTo(
      -(Math.log(0.9) + Math.log(0.8) + Math.log(0.4) + Math.log(0.05)) / 4,
      12,
    );
    checkDerivative(binaryCrossEntropyCost, binaryCrossEntropyDerivative, A, Y);
  });

  it('squared error: cost (1/2)(a-y)^2 and derivative a - y', () => {
    expect(squaredErrorCost(A, Y)).toBeCloseTo((0.01 + 0.04 + 0.36 + 0.9025) / 8, 12);
    checkDerivative(squaredErrorCost, squaredErrorDerivative, A, Y);
  });

  it('categorical cross-entropy for K classes and its derivative -y/a', () => {
    const Ak = fromRows(
      [
        [0.7, 0.1],
        [0.2, 0.3],
        [0.1, 0.6],
      ],
      'float64',
    );
    const Yk = fromRows(
      [
        [1, 0],
        [0, 0],
        [0, 1],
      ],
      'float64',
    );
    expect(categoricalCrossEntropyCost(Ak, Yk)).toBeCloseTo(
      -(Math.log(0.7) + Math.log(0.6)) / 2,
      12,
    );
    checkDerivative(categoricalCrossEntropyCost, categoricalCrossEntropyDerivative, Ak, Yk);
  });

  it('never returns NaN or Infinity for saturated outputs (log 0 is clipped)', () => {
    const sat = fromRows([[0, 1, 1, 0]], 'float32');
    const cost = binaryCrossEntropyCost(sat, Y);
    expect(Number.isFinite(cost)).toBe(true);
    expect(cost).toBeGreaterThan(10);
    expect(Number.isFinite(crossEntropyLoss(0, 1))).toBe(true);
    const d = zeros(1, 4);
    binaryCrossEntropyDerivative(sat, Y, d);
    expect(Array.from(d.data).every(Number.isFinite)).toBe(true);
  });

  it('the logit forms equal the probability forms, and stay exact where float32 saturates', () => {
    const Z = fromRows([[2.3, -1.1, 0.4, -3]], 'float64');
    const S = zeros(1, 4, 'float64');
    activateInto('sigmoid', Z.data, S.data);
    expect(sigmoidCrossEntropyFromLogits(Z, Y)).toBeCloseTo(binaryCrossEntropyCost(S, Y), 12);
    const Zk = fromRows(
      [
        [1, -2],
        [0.5, 3],
        [-1, 0.2],
      ],
      'float64',
    );
    const Yk = fromRows(
      [
        [1, 0],
        [0, 0],
        [0, 1],
      ],
      'float64',
    );
    const Sk = zeros(3, 2, 'float64');
    softmaxInto(Zk, Sk);
    expect(softmaxCrossEntropyFromLogits(Zk, Yk)).toBeCloseTo(
      categoricalCrossEntropyCost(Sk, Yk),
      12,
    );
    // z = 40: sigmoid rounds to 1 in float32, but the loss of y = 0 is still exactly about 40.
    expect(sigmoidCrossEntropyFromLogits(fromRows([[40]]), fromRows([[0]]))).toBeCloseTo(40, 10);
  });

  it('names both shapes when A[L] and Y differ', () => {
    expect(() => binaryCrossEntropyCost(zeros(1, 4), zeros(1, 5))).toThrow(ShapeError);
    expect(() => binaryCrossEntropyCost(zeros(1, 4), zeros(1, 5))).toThrow(
      'A[L] is (1, 4) but Y is (1, 5)',
    );
  });
});
