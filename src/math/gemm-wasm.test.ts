import { setFlagsFromString } from 'node:v8';
import { afterAll, describe, expect, it } from 'vitest';
import { matmul, matmulTransA, matmulTransB } from './gemm';
import { matmulReference } from './gemm-reference';
import { gemmWasm, setMicroKernelRows } from './gemm-wasm';
import { type Matrix, transpose, zeros } from './matrix';
import { createRng } from './rng';
import { preferFusedKernels, useWasmKernels, wasmKernels, wasmSimdSupported } from './wasm/kernels';

// Node 20 has relaxed SIMD behind a flag: turn it on so the fused module is tested too.
setFlagsFromString('--experimental-wasm-relaxed-simd');

const rng = createRng(7);
function random(rows: number, cols: number): Matrix {
  const M = zeros(rows, cols);
  for (let i = 0; i < M.data.length; i++) M.data[i] = rng.normal();
  return M;
}

// [M, K, N]: vectors (1 x N, N x 1), sizes off the 4/6 x 8 tiles, K = 0, K over one k-block
// (256) with an uneven split, N over one column block (1024), and the bench's shape.
const SHAPES: [number, number, number][] = [
  [1, 1, 1], [1, 37, 50], [50, 37, 1], [3, 5, 7], [4, 8, 8], [6, 9, 8], [7, 13, 9], [17, 33, 9],
  [5, 0, 9], [0, 4, 3], [3, 4, 0], [13, 257, 17], [9, 300, 1100], [130, 785, 257],
  [128, 784, 256], [31, 1, 29], [64, 700, 65],
]; // prettier-ignore

/**
 * The error bound of float32 summation: |C - C_exact| <= (K + 2) 2^-24 sum_k |A(i,k) B(k,j)|
 * for every element, whatever the order of the sums, with or without fused multiply-adds
 * (each multiply and each add rounds at most once, relative 2^-24).
 */
function expectWithinFloat32Bound(
  got: Float32Array,
  A: Matrix,
  B: Matrix,
  label: string,
  alpha = 1,
) {
  const exact = matmulReference(
    { rows: A.rows, cols: A.cols, data: Float64Array.from(A.data) },
    { rows: B.rows, cols: B.cols, data: Float64Array.from(B.data) },
  );
  const absolute = matmulReference(
    { rows: A.rows, cols: A.cols, data: Float64Array.from(A.data, Math.abs) },
    { rows: B.rows, cols: B.cols, data: Float64Array.from(B.data, Math.abs) },
  );
  const K = A.cols;
  // alpha C: one more rounding (alpha itself is a float32, as the kernel receives it).
  const a = Math.fround(alpha);
  const roundings = alpha === 1 ? K + 2 : K + 3;
  let worst = 0;
  for (let i = 0; i < got.length; i++) {
    const bound = roundings * 2 ** -24 * Math.abs(a) * absolute.data[i]!;
    worst = Math.max(worst, Math.abs(got[i]! - a * exact.data[i]!) - bound);
  }
  expect(worst, label).toBeLessThanOrEqual(0);
}

const variants = ['plain', 'fused'] as const;

describe.skipIf(!wasmSimdSupported())('WebAssembly SIMD matrix products', () => {
  afterAll(() => {
    preferFusedKernels(true);
    setMicroKernelRows(null);
  });

  for (const variant of variants) {
    for (const rows of [4, 6] as const) {
      it(`${variant} module, ${rows} x 8 micro-kernel: A B, A^T B and A B^T match the reference`, () => {
        preferFusedKernels(variant === 'fused');
        const kernels = wasmKernels()!;
        if (variant === 'fused' && kernels.variant !== 'fused') return; // engine lacks relaxed SIMD
        expect(kernels.variant).toBe(variant);
        setMicroKernelRows(rows);
        for (const [M, K, N] of SHAPES) {
          const label = `${variant} ${rows}x8 ${M}x${K}x${N}`;
          const A = random(M, K);
          const B = random(K, N);
          const At = transpose(A);
          const Bt = transpose(B);
          const C = new Float32Array(M * N).fill(NaN); // every element must be written
          // A B, A^T B and A B^T, straight through the kernel (no size threshold).
          expect(gemmWasm(M, N, K, { data: A.data as Float32Array, rs: K, cs: 1 }, { data: B.data as Float32Array, rs: N, cs: 1 }, C)).toBe(true); // prettier-ignore
          expectWithinFloat32Bound(C, A, B, `${label} A B`);
          C.fill(NaN);
          gemmWasm(M, N, K, { data: At.data as Float32Array, rs: 1, cs: M }, { data: B.data as Float32Array, rs: N, cs: 1 }, C); // prettier-ignore
          expectWithinFloat32Bound(C, A, B, `${label} A^T B`);
          C.fill(NaN);
          gemmWasm(M, N, K, { data: A.data as Float32Array, rs: K, cs: 1 }, { data: Bt.data as Float32Array, rs: 1, cs: K }, C); // prettier-ignore
          expectWithinFloat32Bound(C, A, B, `${label} A B^T`);
        }
      });
    }
  }

  it('C = alpha A B (the 1/m of dW) is applied on the store, also across k blocks and edge tiles', () => {
    for (const variant of variants) {
      preferFusedKernels(variant === 'fused');
      for (const rows of [4, 6] as const) {
        setMicroKernelRows(rows);
        for (const [M, K, N] of [
          [7, 13, 9],
          [13, 257, 17],
          [128, 784, 96],
          [10, 128, 128],
        ]) {
          const A = random(M!, K!);
          const B = random(K!, N!);
          const C = new Float32Array(M! * N!).fill(NaN);
          for (const alpha of [1 / 96, -3]) {
            gemmWasm(M!, N!, K!, { data: A.data as Float32Array, rs: K!, cs: 1 }, { data: B.data as Float32Array, rs: N!, cs: 1 }, C, alpha); // prettier-ignore
            expectWithinFloat32Bound(C, A, B, `${variant} ${rows}x8 ${M}x${K}x${N} alpha ${alpha}`, alpha); // prettier-ignore
          }
        }
      }
    }
    preferFusedKernels(true);
    setMicroKernelRows(null);
  });

  it('matmulTransB(A, B, out, scale): the kernel and the TypeScript path give scale A B^T', () => {
    const [M, K, N] = [70, 300, 90];
    const A = random(M, K);
    const B = random(K, N);
    const Bt = transpose(B);
    expectWithinFloat32Bound(matmulTransB(A, Bt, undefined, 1 / 128).data as Float32Array, A, B, 'kernel', 1 / 128); // prettier-ignore
    useWasmKernels(false);
    try {
      expectWithinFloat32Bound(matmulTransB(A, Bt, undefined, 1 / 100).data as Float32Array, A, B, 'TypeScript', 1 / 100); // prettier-ignore
    } finally {
      useWasmKernels(true);
    }
    const A64 = { rows: M, cols: K, data: Float64Array.from(A.data) };
    const Bt64 = { rows: N, cols: K, data: Float64Array.from(Bt.data) };
    const want = matmulReference(A64, transpose(Bt64));
    const got = matmulTransB(A64, Bt64, undefined, 1 / 100);
    for (let i = 0; i < want.data.length; i++) {
      expect(Math.abs(got.data[i]! - want.data[i]! / 100)).toBeLessThan(1e-12);
    }
  });

  it('the engine dispatch: float32 products take the kernel, float64 ones keep float64 sums', () => {
    preferFusedKernels(true);
    setMicroKernelRows(null);
    const [M, K, N] = [70, 300, 90];
    const A = random(M, K);
    const B = random(K, N);
    expectWithinFloat32Bound(matmul(A, B).data as Float32Array, A, B, 'matmul');
    expectWithinFloat32Bound(matmulTransA(transpose(A), B).data as Float32Array, A, B, 'A^T B');
    expectWithinFloat32Bound(matmulTransB(A, transpose(B)).data as Float32Array, A, B, 'A B^T');
    const A64 = { rows: M, cols: K, data: Float64Array.from(A.data) };
    const B64 = { rows: K, cols: N, data: Float64Array.from(B.data) };
    const C64 = matmul(A64, B64);
    expect(C64.data).toBeInstanceOf(Float64Array);
    const want = matmulReference(A64, B64);
    for (let i = 0; i < want.data.length; i++) {
      expect(Math.abs(C64.data[i]! - want.data[i]!)).toBeLessThan(1e-10);
    }
  });

  it('useWasmKernels(false) forces the TypeScript kernels (float64 sums)', () => {
    const [M, K, N] = [40, 500, 40];
    const A = random(M, K);
    const B = random(K, N);
    useWasmKernels(false);
    try {
      expect(wasmKernels()).toBeNull();
      const C = matmul(A, B);
      const want = matmulReference(A, B, zeros(M, N, 'float64'));
      let largest = 0;
      for (const v of want.data) largest = Math.max(largest, Math.abs(v));
      for (let i = 0; i < C.data.length; i++) {
        expect(Math.abs(C.data[i]! - want.data[i]!)).toBeLessThanOrEqual(largest * 2 ** -23);
      }
    } finally {
      useWasmKernels(true);
    }
    expect(wasmKernels()).not.toBeNull();
  });
});
