/**
 * The readable reference for matrix products: three nested loops, exactly the definition
 *
 *   C[i][j] = sum_k A[i][k] B[k][j]
 *
 * The fast kernels in gemm.ts are tested against these on many shapes. Each function
 * allocates its result unless `out` is given, and accumulates in float64.
 */
import { type Matrix, ShapeError, allocate, dtypeOf, shapeText } from './matrix';

/** The result matrix: `out` after a shape check, or a new one of A's dtype. */
export function resultMatrix(rows: number, cols: number, like: Matrix, out?: Matrix): Matrix {
  if (out === undefined) return { rows, cols, data: allocate(rows * cols, dtypeOf(like.data)) };
  if (out.rows !== rows || out.cols !== cols) {
    throw new ShapeError(`the product is (${rows}, ${cols}) but out is ${shapeText(out)}`);
  }
  return out;
}

export function innerSizeError(left: string, right: string, k1: number, k2: number): ShapeError {
  return new ShapeError(
    `cannot multiply ${left} by ${right}: the inner sizes ${k1} and ${k2} must be equal`,
  );
}

/** C = A B for A (M, K) and B (K, N). */
export function matmulReference(A: Matrix, B: Matrix, out?: Matrix): Matrix {
  if (A.cols !== B.rows) throw innerSizeError(shapeText(A), shapeText(B), A.cols, B.rows);
  const M = A.rows;
  const K = A.cols;
  const N = B.cols;
  const C = resultMatrix(M, N, A, out);
  for (let i = 0; i < M; i++) {
    for (let j = 0; j < N; j++) {
      let sum = 0;
      for (let k = 0; k < K; k++) sum += A.data[i * K + k]! * B.data[k * N + j]!;
      C.data[i * N + j] = sum;
    }
  }
  return C;
}

/** C = A^T B for A (K, M) and B (K, N), e.g. W[l]^T dZ[l]. */
export function matmulTransAReference(A: Matrix, B: Matrix, out?: Matrix): Matrix {
  if (A.rows !== B.rows) {
    throw innerSizeError(`the transpose of ${shapeText(A)}`, shapeText(B), A.rows, B.rows);
  }
  const M = A.cols;
  const K = A.rows;
  const N = B.cols;
  const C = resultMatrix(M, N, A, out);
  for (let i = 0; i < M; i++) {
    for (let j = 0; j < N; j++) {
      let sum = 0;
      for (let k = 0; k < K; k++) sum += A.data[k * M + i]! * B.data[k * N + j]!;
      C.data[i * N + j] = sum;
    }
  }
  return C;
}

/** C = A B^T for A (M, K) and B (N, K), e.g. dZ[l] A[l-1]^T. */
export function matmulTransBReference(A: Matrix, B: Matrix, out?: Matrix): Matrix {
  if (A.cols !== B.cols) {
    throw innerSizeError(shapeText(A), `the transpose of ${shapeText(B)}`, A.cols, B.cols);
  }
  const M = A.rows;
  const K = A.cols;
  const N = B.rows;
  const C = resultMatrix(M, N, A, out);
  for (let i = 0; i < M; i++) {
    for (let j = 0; j < N; j++) {
      let sum = 0;
      for (let k = 0; k < K; k++) sum += A.data[i * K + k]! * B.data[j * K + k]!;
      C.data[i * N + j] = sum;
    }
  }
  return C;
}
