/**
 * C = A B through the WebAssembly SIMD kernel (wasm/assembly/gemm.ts) for float32 operands.
 *
 * The operands are copied into the kernel's linear memory (one memcpy each, Float32Array.set),
 * the kernel packs and multiplies there, and C is copied back.
 *
 * Sums are float32 (and where the engine has relaxed SIMD, fused multiply-adds: one rounding
 * per multiply-add instead of two): against the float64 definition the error of
 * C(i, j) is at most about K 2^-24 sum_k |A(i, k) B(k, j)| and in practice near
 * sqrt(K) 2^-24 of that (gemm-wasm.test.ts checks the first bound on every shape).
 */
import { wasmKernels } from './wasm/kernels';

/** Logical operand: element (i, k) is data[i * rs + k * cs]. */
export interface StridedF32 {
  readonly data: Float32Array;
  readonly rs: number;
  readonly cs: number;
}

/**
 * Rows of the micro-kernel, 4 or 6 (x 8 columns), or null for the measured best of the loaded
 * module: 6 x 8 with fused multiply-adds (12 accumulators + 2 vectors of B + 1 of A fit in 16
 * registers), 4 x 8 with separate multiplies and adds (6 x 8 spills there: 26 against 50 GFLOP/s,
 * Chromium 156).
 */
let microRows: 4 | 6 | null = null;

/** Forces the micro-kernel's rows (the bench measures both), or null for the default. */
export function setMicroKernelRows(rows: 4 | 6 | null): void {
  microRows = rows;
}

function align16(bytes: number): number {
  return (bytes + 15) & ~15;
}

/**
 * C (M, N, row-major) = alpha A B through the WebAssembly kernel (alpha is applied to each
 * tile as it leaves the registers: no extra pass over C). Returns false (having done
 * nothing) where the kernels are unavailable, so the caller can take the TypeScript path.
 */
export function gemmWasm(
  M: number,
  N: number,
  K: number,
  A: StridedF32,
  B: StridedF32,
  C: Float32Array,
  alpha = 1,
): boolean {
  const kernels = wasmKernels();
  if (kernels === null) return false;
  const rows = microRows ?? (kernels.variant === 'fused' ? 6 : 4);
  const aAt = kernels.operandBase;
  const bAt = align16(aAt + A.data.byteLength);
  const cAt = align16(bAt + B.data.byteLength);
  const scratch = align16(cAt + M * N * 4);
  kernels.reserve(scratch + kernels.exports.scratchBytes(M, N, K, rows));
  const f32 = kernels.f32();
  f32.set(A.data, aAt >> 2);
  f32.set(B.data, bAt >> 2);
  kernels.exports.gemm(M, N, K, aAt, A.rs, A.cs, bAt, B.rs, B.cs, cAt, scratch, rows, alpha);
  C.set(f32.subarray(cAt >> 2, (cAt >> 2) + M * N));
  return true;
}
