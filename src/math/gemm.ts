/**
 * Fast matrix products for training: C = A B, C = A^T B and C = A B^T.
 *
 * The transposed forms give dW[l] = (1/m) dZ[l] A[l-1]^T and dA[l-1] = W[l]^T dZ[l] without
 * materialising a transpose: each operand is read through strides, element (i, k) of the
 * logical operand sitting at data[i * rowStride + k * colStride].
 *
 * The default kernel packs 3-row panels of A and 4-column panels of B into contiguous float64
 * scratch, then computes each 3x4 tile of C in twelve local variables ("registers"): per k it
 * loads 7 numbers and does 12 multiply-adds, where the naive loop loads 2 per multiply-add.
 * Measured by `npm run bench` (scripts/bench/kernels.worker.ts) in Chromium, against a naive
 * triple loop in the same run.
 * Thin products (fewer than 4 rows or columns, e.g. logistic regression's w^T X over 60,000
 * examples) take streaming paths that read the big operand once, in memory order.
 * The readable definition is in gemm-reference.ts; gemm.test.ts checks these against it.
 *
 * All functions write into `out` when given (after a shape check) and allocate otherwise.
 * Sums are accumulated in float64 and rounded once when stored.
 */
import { type Floats, type Matrix, shapeText } from './matrix';
import { innerSizeError, resultMatrix } from './gemm-reference';
import { gemmWasm } from './gemm-wasm';

/** Logical operand: element (i, k) is data[i * rs + k * cs]. */
interface Strided {
  readonly data: Floats;
  readonly rs: number;
  readonly cs: number;
}

/**
 * Scratch reused across calls (the worker and Node are single-threaded). It grows to the
 * largest product seen and is never shrunk; kernels never keep references across calls.
 */
let scratchA: Float64Array = new Float64Array(0);
let scratchB: Float64Array = new Float64Array(0);
let scratchRow: Float64Array = new Float64Array(0);

function grow(buffer: Float64Array, length: number): Float64Array {
  return buffer.length >= length ? buffer : new Float64Array(Math.max(length, buffer.length * 2));
}

/** C = A B for A (M, K), B (K, N). */
export function matmul(A: Matrix, B: Matrix, out?: Matrix): Matrix {
  if (A.cols !== B.rows) throw innerSizeError(shapeText(A), shapeText(B), A.cols, B.rows);
  const C = resultMatrix(A.rows, B.cols, A, out);
  gemm(
    A.rows,
    B.cols,
    A.cols,
    { data: A.data, rs: A.cols, cs: 1 },
    { data: B.data, rs: B.cols, cs: 1 },
    C.data,
  );
  return C;
}

/** C = A^T B for A (K, M), B (K, N): e.g. dA[l-1] = W[l]^T dZ[l]. */
export function matmulTransA(A: Matrix, B: Matrix, out?: Matrix): Matrix {
  if (A.rows !== B.rows) {
    throw innerSizeError(`the transpose of ${shapeText(A)}`, shapeText(B), A.rows, B.rows);
  }
  const C = resultMatrix(A.cols, B.cols, A, out);
  gemm(
    A.cols,
    B.cols,
    A.rows,
    { data: A.data, rs: 1, cs: A.cols },
    { data: B.data, rs: B.cols, cs: 1 },
    C.data,
  );
  return C;
}

/**
 * C = scale A B^T for A (M, K), B (N, K): e.g. dW[l] = (1/m) dZ[l] A[l-1]^T with scale = 1/m,
 * applied as the product is stored (the WebAssembly kernel) or in one pass after it.
 */
export function matmulTransB(A: Matrix, B: Matrix, out?: Matrix, scale = 1): Matrix {
  if (A.cols !== B.cols) {
    throw innerSizeError(shapeText(A), `the transpose of ${shapeText(B)}`, A.cols, B.cols);
  }
  const C = resultMatrix(A.rows, B.rows, A, out);
  gemm(
    A.rows,
    B.rows,
    A.cols,
    { data: A.data, rs: A.cols, cs: 1 },
    { data: B.data, rs: 1, cs: B.cols },
    C.data,
    scale,
  );
  return C;
}

/** Below this many multiply-adds, packing costs more than it saves. */
const SMALL_WORK = 4096;

/**
 * C (M, N, row-major) = alpha A (M, K) B (K, N), choosing a kernel by shape and memory order.
 */
function gemm(M: number, N: number, K: number, A: Strided, B: Strided, C: Floats, alpha = 1): void {
  if (M === 0 || N === 0) return;
  if (K === 0) {
    C.fill(0);
    return;
  }
  // Tiny products, and short sums (K < 8, e.g. 2 inputs), where packing and per-tile calls cost
  // more than the multiply-adds.
  if (M * N * K <= SMALL_WORK || K < 8) naive(M, N, K, A, B, C);
  else if (M < MR || N < NR) thin(M, N, K, A, B, C);
  else if (M * N * K >= WASM_WORK && wasmFloat32(M, N, K, A, B, C, alpha)) return;
  else packed(M, N, K, A, B, C);
  // The TypeScript kernels store A B; alpha is one more rounding, the same as scaling after.
  if (alpha !== 1) for (let i = 0; i < M * N; i++) C[i] = C[i]! * alpha;
}

/**
 * From this many multiply-adds the WebAssembly SIMD kernel (gemm-wasm.ts) takes float32
 * products: below it the copies into its memory and the call cost more than they save.
 */
const WASM_WORK = 32768;

/** The product through the WebAssembly kernel when all three arrays are float32 and it loads. */
function wasmFloat32(
  M: number,
  N: number,
  K: number,
  A: Strided,
  B: Strided,
  C: Floats,
  alpha: number,
): boolean {
  const a = A.data;
  const b = B.data;
  if (!(a instanceof Float32Array && b instanceof Float32Array && C instanceof Float32Array)) {
    return false;
  }
  const a32 = { data: a, rs: A.rs, cs: A.cs };
  return gemmWasm(M, N, K, a32, { data: b, rs: B.rs, cs: B.cs }, C, alpha);
}

/** The definition, through strides. */
function naive(M: number, N: number, K: number, A: Strided, B: Strided, C: Floats): void {
  const a = A.data;
  const b = B.data;
  for (let i = 0; i < M; i++) {
    for (let j = 0; j < N; j++) {
      let sum = 0;
      for (let k = 0; k < K; k++) sum += a[i * A.rs + k * A.cs]! * b[k * B.rs + j * B.cs]!;
      C[i * N + j] = sum;
    }
  }
}

/** Columns of C accumulated at a time by the thin axpy path (a float64 chunk in L1). */
const CHUNK = 1024;

/**
 * Fewer than MR rows or NR columns (matrix-vector shapes, e.g. logistic regression's w^T X
 * over 60,000 examples): read the large operand once, in memory order.
 * - both operands contiguous along k: one dot product per element of C (4 partial sums, so
 *   additions do not wait on each other);
 * - rows of B contiguous: row i of C is sum_k A(i, k) B[k, :], accumulated chunk by chunk in a
 *   float64 buffer that stays in L1, four rows of B at a time;
 * - otherwise: the strided definition (only tiny products get here).
 */
function thin(M: number, N: number, K: number, A: Strided, B: Strided, C: Floats): void {
  const a = A.data;
  const b = B.data;
  if (A.cs === 1 && B.rs === 1) {
    const bs = B.cs;
    for (let i = 0; i < M; i++) {
      const ai = i * A.rs;
      const ci = i * N;
      let j = 0;
      // Four dot products sharing each A(i, k): A's row is read once per four rows of B^T.
      for (; j + 3 < N; j += 4) {
        const b0 = j * bs;
        const b1 = b0 + bs;
        const b2 = b1 + bs;
        const b3 = b2 + bs;
        let s0 = 0;
        let s1 = 0;
        let s2 = 0;
        let s3 = 0;
        for (let k = 0; k < K; k++) {
          const x = a[ai + k]!;
          s0 += x * b[b0 + k]!;
          s1 += x * b[b1 + k]!;
          s2 += x * b[b2 + k]!;
          s3 += x * b[b3 + k]!;
        }
        C[ci + j] = s0;
        C[ci + j + 1] = s1;
        C[ci + j + 2] = s2;
        C[ci + j + 3] = s3;
      }
      for (; j < N; j++) C[ci + j] = dot(a, ai, b, j * bs, K);
    }
    return;
  }
  if (B.cs !== 1) {
    naive(M, N, K, A, B, C);
    return;
  }
  scratchRow = grow(scratchRow, CHUNK);
  const acc = scratchRow;
  const bs = B.rs;
  for (let i = 0; i < M; i++) {
    const ai = i * A.rs;
    for (let j0 = 0; j0 < N; j0 += CHUNK) {
      const n = Math.min(CHUNK, N - j0);
      acc.fill(0, 0, n);
      let k = 0;
      for (; k + 3 < K; k += 4) {
        const a0 = a[ai + k * A.cs]!;
        const a1 = a[ai + (k + 1) * A.cs]!;
        const a2 = a[ai + (k + 2) * A.cs]!;
        const a3 = a[ai + (k + 3) * A.cs]!;
        const b0 = k * bs + j0;
        const b1 = b0 + bs;
        const b2 = b1 + bs;
        const b3 = b2 + bs;
        for (let j = 0; j < n; j++) {
          acc[j] = acc[j]! + a0 * b[b0 + j]! + a1 * b[b1 + j]! + a2 * b[b2 + j]! + a3 * b[b3 + j]!;
        }
      }
      for (; k < K; k++) {
        const ak = a[ai + k * A.cs]!;
        const bk = k * bs + j0;
        for (let j = 0; j < n; j++) acc[j] = acc[j]! + ak * b[bk + j]!;
      }
      const c0 = i * N + j0;
      for (let j = 0; j < n; j++) C[c0 + j] = acc[j]!;
    }
  }
}

/** sum_k x[xi + k] y[yi + k] for k < K, with four independent partial sums. */
function dot(x: Floats, xi: number, y: Floats, yi: number, K: number): number {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let k = 0;
  for (; k + 3 < K; k += 4) {
    s0 += x[xi + k]! * y[yi + k]!;
    s1 += x[xi + k + 1]! * y[yi + k + 1]!;
    s2 += x[xi + k + 2]! * y[yi + k + 2]!;
    s3 += x[xi + k + 3]! * y[yi + k + 3]!;
  }
  for (; k < K; k++) s0 += x[xi + k]! * y[yi + k]!;
  return s0 + s1 + (s2 + s3);
}

/** Rows of A per tile (MR) and columns of B per tile (NR). */
const MR = 3;
const NR = 4;
/** Blocks of k: a 3-row panel of A and a 4-column panel of B (KC * 7 float64s) stay in L1. */
const KC = 384;
/** One tile's sums, for the stores (full tiles and tiles cut by the edge of C alike). */
const tile = new Float64Array(MR * NR);

/**
 * The register-tiled kernel. For each block of KC values of k:
 *   pack A's rows into panels  P_A[p][k][t] = A(MR p + t, k)  (zero past M),
 *   pack B's columns into panels P_B[q][k][u] = B(k, NR q + u) (zero past N),
 *   and for every tile (p, q) add the sum over k of the outer products P_A[p][k] P_B[q][k]^T.
 * The first k-block stores into C, later blocks add, so C needs no clearing.
 *
 * The 3x4 micro-kernel is written inline in the tile loop, with both panels in local
 * constants: V8 then keeps the twelve sums in registers and loads each panel's base once per
 * tile (a separate tile function measured 5.1 against 6.3 GFLOP/s inline, Chromium 156).
 * Why 3x4 and not 4x4: x86-64 has 16 floating-point registers; 16 accumulators plus the
 * operands spill to the stack (4x4 measured 6.0, 2x8 6.2, 3x4 6.3 GFLOP/s, same run).
 */
function packed(M: number, N: number, K: number, A: Strided, B: Strided, C: Floats): void {
  const panelsA = Math.ceil(M / MR);
  const panelsB = Math.ceil(N / NR);
  // Blocks of equal size (784 = 392 + 392, not 384 + 384 + 16): a short block costs a pass
  // over every tile for little work.
  const blockK = Math.ceil(K / Math.ceil(K / KC));
  for (let k0 = 0; k0 < K; k0 += blockK) {
    const kc = Math.min(blockK, K - k0);
    scratchA = grow(scratchA, panelsA * kc * MR);
    scratchB = grow(scratchB, panelsB * kc * NR);
    const pa = scratchA;
    const pb = scratchB;
    packPanels(A, M, MR, k0, kc, pa, false);
    packPanels(B, N, NR, k0, kc, pb, true);
    const accumulate = k0 > 0;
    for (let q = 0; q < panelsB; q++) {
      const j0 = q * NR;
      for (let p = 0; p < panelsA; p++) {
        let c00 = 0, c01 = 0, c02 = 0, c03 = 0; // prettier-ignore
        let c10 = 0, c11 = 0, c12 = 0, c13 = 0; // prettier-ignore
        let c20 = 0, c21 = 0, c22 = 0, c23 = 0; // prettier-ignore
        let ai = p * kc * MR;
        let bi = q * kc * NR;
        const end = ai + kc * MR;
        while (ai < end) {
          const a0 = pa[ai]!;
          const a1 = pa[ai + 1]!;
          const a2 = pa[ai + 2]!;
          let b = pb[bi]!;
          c00 += a0 * b;
          c10 += a1 * b;
          c20 += a2 * b; // prettier-ignore
          b = pb[bi + 1]!;
          c01 += a0 * b;
          c11 += a1 * b;
          c21 += a2 * b; // prettier-ignore
          b = pb[bi + 2]!;
          c02 += a0 * b;
          c12 += a1 * b;
          c22 += a2 * b; // prettier-ignore
          b = pb[bi + 3]!;
          c03 += a0 * b;
          c13 += a1 * b;
          c23 += a2 * b; // prettier-ignore
          ai += MR;
          bi += NR;
        }
        tile[0] = c00;
        tile[1] = c01;
        tile[2] = c02;
        tile[3] = c03; // prettier-ignore
        tile[4] = c10;
        tile[5] = c11;
        tile[6] = c12;
        tile[7] = c13; // prettier-ignore
        tile[8] = c20;
        tile[9] = c21;
        tile[10] = c22;
        tile[11] = c23; // prettier-ignore
        storeTile(C, p * MR, j0, M, N, accumulate);
      }
    }
  }
}

/** C[i0 + t][j0 + u] (+)= tile[t][u] for the cells inside C (a tile may cross its edge). */
function storeTile(
  C: Floats,
  i0: number,
  j0: number,
  M: number,
  N: number,
  accumulate: boolean,
): void {
  const rows = Math.min(MR, M - i0);
  const cols = Math.min(NR, N - j0);
  for (let t = 0; t < rows; t++) {
    const at = (i0 + t) * N + j0;
    for (let u = 0; u < cols; u++) {
      C[at + u] = accumulate ? C[at + u]! + tile[t * NR + u]! : tile[t * NR + u]!;
    }
  }
}

/**
 * Copies `count` lanes of the operand (rows of A, or with `columns` columns of B), for k in
 * [k0, k0 + kc), into panels of `width` lanes:
 *   dst[p * kc * width + k * width + t] = X(width p + t, k0 + k), zero past `count`.
 */
function packPanels(
  X: Strided,
  count: number,
  width: number,
  k0: number,
  kc: number,
  dst: Float64Array,
  columns: boolean,
): void {
  const src = X.data;
  // For B the logical element is (k, j), so its lanes are columns.
  const laneStride = columns ? X.cs : X.rs;
  const kStride = columns ? X.rs : X.cs;
  const panels = Math.ceil(count / width);
  for (let p = 0; p < panels; p++) {
    const base = p * kc * width;
    const lanes = Math.min(width, count - p * width);
    if (laneStride === 1) {
      // Lanes are neighbours in memory (rows of B): copy k by k, each a short contiguous run.
      let s = p * width + k0 * kStride;
      if (lanes === 4 && width === 4) {
        for (let d = base, end = base + kc * 4; d < end; d += 4) {
          dst[d] = src[s]!;
          dst[d + 1] = src[s + 1]!;
          dst[d + 2] = src[s + 2]!;
          dst[d + 3] = src[s + 3]!;
          s += kStride;
        }
        continue;
      }
      for (let k = 0; k < kc; k++) {
        const d = base + k * width;
        for (let t = 0; t < lanes; t++) dst[d + t] = src[s + t]!;
        for (let t = lanes; t < width; t++) dst[d + t] = 0;
        s += kStride;
      }
      continue;
    }
    // Otherwise walk each lane along k (rows of A, which are contiguous along k).
    for (let t = 0; t < width; t++) {
      if (t >= lanes) {
        for (let k = 0; k < kc; k++) dst[base + k * width + t] = 0;
        continue;
      }
      let s = (p * width + t) * laneStride + k0 * kStride;
      for (let k = 0; k < kc; k++) {
        dst[base + k * width + t] = src[s]!;
        s += kStride;
      }
    }
  }
}
