/**
 * With identity activations in every hidden layer the network is one linear map of its input
 * (lesson 14). For one hidden layer:
 *
 *   a[1] = z[1] = W[1] x + b[1]
 *   z[2] = W[2] a[1] + b[2] = (W[2] W[1]) x + (W[2] b[1] + b[2]) = W' x + b'
 *
 * and for L layers the same substitution repeats: W' = W[L] ... W[1], and
 * b' = W[L] (... (W[2] b[1] + b[2]) ...) + b[L]. Only the output activation g[L] is left.
 */
import { type Matrix, ShapeError, shapeText, zeros } from '../math/matrix';
import type { Parameters } from './types';

/** P = A B in float64 (small matrices: a plain triple loop). Allocates. */
function product(A: Matrix, B: Matrix): Matrix {
  if (A.cols !== B.rows) {
    throw new ShapeError(`cannot multiply ${shapeText(A)} by ${shapeText(B)}`);
  }
  const P = zeros(A.rows, B.cols, 'float64');
  for (let i = 0; i < A.rows; i++) {
    for (let k = 0; k < A.cols; k++) {
      const a = A.data[i * A.cols + k]!;
      for (let j = 0; j < B.cols; j++) P.data[i * B.cols + j]! += a * B.data[k * B.cols + j]!;
    }
  }
  return P;
}

/**
 * W' (n[L], n_x) and b' (n[L], 1), in float64, of a network whose hidden layers are linear:
 * z[L] = W' x + b' for every x. Allocates; the parameters are not modified.
 */
export function collapseLinearLayers(params: Parameters): { W: Matrix; b: Matrix } {
  let W = product(params.W[0]!, identity(params.W[0]!.cols));
  let b = product(params.b[0]!, identity(1));
  for (let l = 1; l < params.W.length; l++) {
    const Wl = params.W[l]!;
    W = product(Wl, W); // W' <- W[l+1] W'
    const next = product(Wl, b); // b' <- W[l+1] b' + b[l+1]
    for (let i = 0; i < next.data.length; i++) next.data[i]! += params.b[l]!.data[i]!;
    b = next;
  }
  return { W, b };
}

function identity(n: number): Matrix {
  const I = zeros(n, n, 'float64');
  for (let i = 0; i < n; i++) I.data[i * n + i] = 1;
  return I;
}

/** z' = W' X + b' for every column of X (n_x, m), in float64. Allocates. */
export function collapsedLogits(collapsed: { W: Matrix; b: Matrix }, X: Matrix): Matrix {
  const Z = product(collapsed.W, X);
  for (let i = 0; i < Z.rows; i++) {
    const bi = collapsed.b.data[i]!;
    for (let j = 0; j < Z.cols; j++) Z.data[i * Z.cols + j]! += bi;
  }
  return Z;
}
