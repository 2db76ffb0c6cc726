import { describe, expect, it, onTestFinished } from 'vitest';
import { matmul, matmulTransA, matmulTransB } from './gemm';
import { matmulReference, matmulTransAReference, matmulTransBReference } from './gemm-reference';
import { type DType, type Matrix, ShapeError, fromRows, toRows, transpose, zeros } from './matrix';
import { createRng } from './rng';
import { useWasmKernels } from './wasm/kernels';

const rng = createRng(42);
function random(rows: number, cols: number, dtype: DType = 'float64'): Matrix {
  const M = zeros(rows, cols, dtype);
  for (let i = 0; i < M.data.length; i++) M.data[i] = rng.normal();
  return M;
}

function maxDifference(A: Matrix, B: Matrix): number {
  expect([A.rows, A.cols]).toEqual([B.rows, B.cols]);
  let max = 0;
  for (let i = 0; i < A.data.length; i++) max = Math.max(max, Math.abs(A.data[i]! - B.data[i]!));
  return max;
}

function largestOf(A: Matrix): number {
  let max = 0;
  for (const v of A.data) max = Math.max(max, Math.abs(v));
  return max;
}

// [M, K, N]: odd sizes hit every edge tile; the thin and large ones hit every kernel path.
const SHAPES: [number, number, number][] = [
  [1, 1, 1], [3, 5, 7], [17, 33, 9], [4, 4, 4], [2, 300, 50], [50, 300, 2], [1, 784, 600],
  [600, 784, 1], [64, 700, 65], [5, 1, 9], [130, 2, 257], [3, 600, 3], [0, 3, 4], [3, 0, 4],
  [129, 785, 257], [7, 769, 11], [3, 4, 4], [4, 8, 5], [6, 400, 8],
]; // prettier-ignore

describe('gemm', () => {
  it('C = A B matches the reference on odd shapes', () => {
    for (const [M, K, N] of SHAPES) {
      const A = random(M, K);
      const B = random(K, N);
      expect(maxDifference(matmul(A, B), matmulReference(A, B)), `${M}x${K}x${N}`).toBeLessThan(
        1e-10,
      );
    }
  });

  it('A^T B and A B^T match the reference and the materialised transpose', () => {
    for (const [M, K, N] of SHAPES) {
      const At = random(K, M);
      const B = random(K, N);
      expect(maxDifference(matmulTransA(At, B), matmulTransAReference(At, B))).toBeLessThan(1e-10);
      expect(maxDifference(matmulTransA(At, B), matmulReference(transpose(At), B))).toBeLessThan(
        1e-10,
      );
      const A = random(M, K);
      const Bt = random(N, K);
      expect(maxDifference(matmulTransB(A, Bt), matmulTransBReference(A, Bt))).toBeLessThan(1e-10);
      expect(maxDifference(matmulTransB(A, Bt), matmulReference(A, transpose(Bt)))).toBeLessThan(
        1e-10,
      );
    }
  });

  it('float32 products match the float64 reference within float32 rounding', () => {
    // The TypeScript kernels (the WebAssembly ones sum in float32: gemm-wasm.test.ts).
    useWasmKernels(false);
    onTestFinished(() => useWasmKernels(true));
    // Both accumulate in float64 from the same float32 inputs, so they differ only in the order
    // of the sums (~K * 2^-53 relative) and in the final rounding to float32: at most half an
    // ulp of the result, 2^-24 |C| <= 6e-8 |C|. The bound allows 2^-23 (a whole ulp) of the
    // largest |C|, plus 1e-12 for results near 0.
    for (const [M, K, N] of [...SHAPES, [128, 784, 256] as [number, number, number]]) {
      const A = random(M, K, 'float32');
      const B = random(K, N, 'float32');
      const want = matmulReference(A, B, zeros(M, N, 'float64'));
      let largest = 0;
      for (const v of want.data) largest = Math.max(largest, Math.abs(v));
      const tolerance = largest * 2 ** -23 + 1e-12;
      const label = `${M}x${K}x${N}`;
      expect(maxDifference(matmul(A, B), want), label).toBeLessThanOrEqual(tolerance);
      const At = random(K, M, 'float32');
      expect(
        maxDifference(matmulTransA(At, B), matmulTransAReference(At, B, zeros(M, N, 'float64'))),
        label,
      ).toBeLessThanOrEqual(largestOf(matmulTransAReference(At, B)) * 2 ** -23 + 1e-12);
      const Bt = random(N, K, 'float32');
      expect(
        maxDifference(matmulTransB(A, Bt), matmulTransBReference(A, Bt, zeros(M, N, 'float64'))),
        label,
      ).toBeLessThanOrEqual(largestOf(matmulTransBReference(A, Bt)) * 2 ** -23 + 1e-12);
    }
  });

  it('works in float32, writing into out', () => {
    const A = random(17, 33, 'float32');
    const B = random(33, 9, 'float32');
    const out = zeros(17, 9);
    expect(matmul(A, B, out)).toBe(out);
    expect(maxDifference(out, matmulReference(A, B))).toBeLessThan(1e-5);
  });

  it('overwrites out (no accumulation from a previous product)', () => {
    const A = random(40, 600);
    const B = random(600, 40);
    const out = zeros(40, 40, 'float64');
    out.data.fill(1e6);
    matmul(A, B, out);
    expect(maxDifference(out, matmulReference(A, B))).toBeLessThan(1e-10);
  });

  it('computes a small product exactly', () => {
    const C = matmul(
      fromRows([
        [1, 2],
        [3, 4],
      ]),
      fromRows([
        [5, 6],
        [7, 8],
      ]),
    );
    expect(toRows(C)).toEqual([
      [19, 22],
      [43, 50],
    ]);
  });

  it('names both shapes when the inner sizes differ', () => {
    expect(() => matmul(zeros(1, 4), zeros(3, 400))).toThrow(ShapeError);
    expect(() => matmul(zeros(1, 4), zeros(3, 400))).toThrow('cannot multiply (1, 4) by (3, 400)');
    expect(() => matmulTransB(zeros(2, 3), zeros(2, 4))).toThrow(
      '(2, 3) by the transpose of (2, 4)',
    );
    expect(() => matmul(zeros(2, 3), zeros(3, 4), zeros(2, 5))).toThrow(
      'the product is (2, 4) but out is (2, 5)',
    );
  });
});
