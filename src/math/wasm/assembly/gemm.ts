/**
 * Matrix products in WebAssembly with 128-bit SIMD (AssemblyScript, compiled by
 * scripts/build-kernels.mjs). The readable TypeScript version of the same algorithm is
 * src/math/gemm.ts; the definition is src/math/gemm-reference.ts.
 *
 *   C (M, N, row-major, float32) = A (M, K) B (K, N)
 *
 * Operands are read through strides, element (i, k) of A at a + 4 (i rs + k cs), so A^T B and
 * A B^T need no transposed copy: the packing below reads either memory order.
 *
 * For each block of KC values of k (and each block of NC columns of C):
 *   pack A's rows into panels of MR rows:    PA[p][k][t] = A(MR p + t, k)   (zero past M)
 *   pack B's columns into panels of NR = 8:  PB[q][k][u] = B(k, NR q + u)   (zero past N)
 *   for every panel of B, for every panel of A: the micro-kernel adds the MR x 8 tile
 *     C[MR p .. , 8 q ..] += sum_k PA[p][k] (outer product) PB[q][k]
 * The micro-kernel keeps the tile in 2 MR f32x4 registers; per k it loads two vectors of B,
 * broadcasts each of the MR numbers of A and does 2 MR vector multiply-adds. Zero padding
 * makes every tile full; only the store looks at the edge of C.
 *
 * Sums are float32 (f32x4 lanes), unlike the TypeScript kernels' float64.
 */

/** Columns of B per panel: two f32x4 vectors. */
const NR: i32 = 8;

/** The first byte past AssemblyScript's static data: JavaScript places operands from here. */
export function heapBase(): usize {
  return __heap_base;
}

/**
 * Copies `count` lanes of an operand, for k in [k0, k0 + kc), into panels of `width` lanes:
 *   dst[p kc width + k width + t] = X(lane width p + t, k0 + k), zero past `count`.
 * Lane l, step k of the operand is the float at src + 4 (l laneStride + k kStride).
 * Two fast cases: lanes adjacent in memory (copy vectors), and k adjacent in memory
 * (transpose 4 x 4 blocks with shuffles); any other stride is copied number by number.
 */
function pack(
  src: usize,
  laneStride: i32,
  kStride: i32,
  count: i32,
  width: i32,
  k0: i32,
  kc: i32,
  dst: usize,
): void {
  const panels = (count + width - 1) / width;
  for (let p = 0; p < panels; p++) {
    const base = dst + ((<usize>(p * kc * width)) << 2);
    const lanes = min(width, count - p * width);
    if (lanes == width && laneStride == 1 && width >= 4) {
      // Lanes adjacent: each k is a run of `width` floats.
      let s = src + ((<usize>(p * width + k0 * kStride)) << 2);
      const step = (<usize>kStride) << 2;
      let d = base;
      if (width == 8) {
        for (let k = 0; k < kc; k++) {
          v128.store(d, v128.load(s));
          v128.store(d, v128.load(s, 16), 16);
          s += step;
          d += 32;
        }
      } else if (width == 4) {
        for (let k = 0; k < kc; k++) {
          v128.store(d, v128.load(s));
          s += step;
          d += 16;
        }
      } else {
        for (let k = 0; k < kc; k++) {
          v128.store(d, v128.load(s));
          for (let t = 4; t < width; t++) {
            store<f32>(d + ((<usize>t) << 2), load<f32>(s + ((<usize>t) << 2)));
          }
          s += step;
          d += (<usize>width) << 2;
        }
      }
      continue;
    }
    if (lanes == width && kStride == 1 && width >= 4) {
      // k adjacent: read four lanes x four k as four vectors, transpose, store four k-rows.
      const rowBytes = (<usize>width) << 2;
      // Groups of four lanes; a 6-lane panel's last two lanes are copied number by number.
      for (let g = 0; g + 3 < width; g += 4) {
        const s0 = src + ((<usize>((p * width + g) * laneStride + k0)) << 2);
        const ls = (<usize>laneStride) << 2;
        let k = 0;
        for (; k + 3 < kc; k += 4) {
          const off = (<usize>k) << 2;
          const r0 = v128.load(s0 + off);
          const r1 = v128.load(s0 + ls + off);
          const r2 = v128.load(s0 + 2 * ls + off);
          const r3 = v128.load(s0 + 3 * ls + off);
          const t0 = v128.shuffle<f32>(r0, r1, 0, 4, 1, 5);
          const t1 = v128.shuffle<f32>(r0, r1, 2, 6, 3, 7);
          const t2 = v128.shuffle<f32>(r2, r3, 0, 4, 1, 5);
          const t3 = v128.shuffle<f32>(r2, r3, 2, 6, 3, 7);
          const d = base + <usize>k * rowBytes + ((<usize>g) << 2);
          v128.store(d, v128.shuffle<f32>(t0, t2, 0, 1, 4, 5));
          v128.store(d + rowBytes, v128.shuffle<f32>(t0, t2, 2, 3, 6, 7));
          v128.store(d + 2 * rowBytes, v128.shuffle<f32>(t1, t3, 0, 1, 4, 5));
          v128.store(d + 3 * rowBytes, v128.shuffle<f32>(t1, t3, 2, 3, 6, 7));
        }
        for (; k < kc; k++) {
          const d = base + <usize>k * rowBytes + ((<usize>g) << 2);
          for (let t = 0; t < 4; t++) {
            store<f32>(d + ((<usize>t) << 2), load<f32>(s0 + <usize>t * ls + ((<usize>k) << 2)));
          }
        }
      }
      for (let t = width & ~3; t < width; t++) {
        const s = src + ((<usize>((p * width + t) * laneStride + k0)) << 2);
        for (let k = 0; k < kc; k++) {
          store<f32>(
            base + <usize>k * rowBytes + ((<usize>t) << 2),
            load<f32>(s + ((<usize>k) << 2)),
          );
        }
      }
      continue;
    }
    // Any stride, or the last panel cut by the edge: number by number, zero past `count`.
    for (let k = 0; k < kc; k++) {
      const d = base + ((<usize>(k * width)) << 2);
      for (let t = 0; t < width; t++) {
        let v: f32 = 0;
        if (t < lanes) {
          v = load<f32>(src + ((<usize>((p * width + t) * laneStride + (k0 + k) * kStride)) << 2));
        }
        store<f32>(d + ((<usize>t) << 2), v);
      }
    }
  }
}

/** Where a tile cut by the edge of C is stored first (MR x NR floats at most 8 x 8). */
const edge = memory.data(8 * 8 * 4, 16);

/** C[i0 + t][j0 + u] (+)= tile row t, for the cells of the tile inside C. */
function storeEdge(c: usize, ldc: i32, rows: i32, cols: i32, accumulate: bool): void {
  for (let t = 0; t < rows; t++) {
    const row = c + ((<usize>(t * ldc)) << 2);
    for (let u = 0; u < cols; u++) {
      const at = row + ((<usize>u) << 2);
      const v = load<f32>(edge + ((<usize>(t * NR + u)) << 2));
      store<f32>(at, accumulate ? load<f32>(at) + v : v);
    }
  }
}

/**
 * alpha of the current product, C = alpha A B, in every lane: dW[l] = (1/m) dZ[l] A[l-1]^T takes
 * its 1/m here, on the way out of the registers, instead of in another pass over dW.
 */
let alphaLanes: v128 = f32x4.splat(1);

/**
 * Stores one row of a tile times alpha: two vectors at `at`, added to what is there when
 * accumulating (each k block adds alpha times its part).
 */
function storeRow(at: usize, lo: v128, hi: v128, accumulate: bool): void {
  lo = f32x4.mul(lo, alphaLanes);
  hi = f32x4.mul(hi, alphaLanes);
  if (accumulate) {
    lo = f32x4.add(lo, v128.load(at));
    hi = f32x4.add(hi, v128.load(at, 16));
  }
  v128.store(at, lo);
  v128.store(at, hi, 16);
}

/** The 4 x 8 micro-kernel: 8 accumulators. Stores to `c` (row stride ldc) or, when cut, to `edge`. */
function kernel4x8(
  pa: usize,
  pb: usize,
  kc: i32,
  c: usize,
  ldc: i32,
  full: bool,
  accumulate: bool,
): void {
  let c00 = f32x4.splat(0),
    c01 = f32x4.splat(0);
  let c10 = f32x4.splat(0),
    c11 = f32x4.splat(0);
  let c20 = f32x4.splat(0),
    c21 = f32x4.splat(0);
  let c30 = f32x4.splat(0),
    c31 = f32x4.splat(0);
  const end = pb + ((<usize>kc) << 5);
  while (pb < end) {
    const b0 = v128.load(pb);
    const b1 = v128.load(pb, 16);
    let a = v128.load32_splat(pa);
    c00 = f32x4.add(c00, f32x4.mul(a, b0));
    c01 = f32x4.add(c01, f32x4.mul(a, b1));
    a = v128.load32_splat(pa, 4);
    c10 = f32x4.add(c10, f32x4.mul(a, b0));
    c11 = f32x4.add(c11, f32x4.mul(a, b1));
    a = v128.load32_splat(pa, 8);
    c20 = f32x4.add(c20, f32x4.mul(a, b0));
    c21 = f32x4.add(c21, f32x4.mul(a, b1));
    a = v128.load32_splat(pa, 12);
    c30 = f32x4.add(c30, f32x4.mul(a, b0));
    c31 = f32x4.add(c31, f32x4.mul(a, b1));
    pa += 16;
    pb += 32;
  }
  const ld = (<usize>ldc) << 2;
  const out = full ? c : edge;
  const stride = full ? ld : 32;
  const acc = full && accumulate;
  storeRow(out, c00, c01, acc);
  storeRow(out + stride, c10, c11, acc);
  storeRow(out + 2 * stride, c20, c21, acc);
  storeRow(out + 3 * stride, c30, c31, acc);
}

/** The 6 x 8 micro-kernel: 12 accumulators (x86-64 has 16 vector registers). */
function kernel6x8(
  pa: usize,
  pb: usize,
  kc: i32,
  c: usize,
  ldc: i32,
  full: bool,
  accumulate: bool,
): void {
  let c00 = f32x4.splat(0),
    c01 = f32x4.splat(0);
  let c10 = f32x4.splat(0),
    c11 = f32x4.splat(0);
  let c20 = f32x4.splat(0),
    c21 = f32x4.splat(0);
  let c30 = f32x4.splat(0),
    c31 = f32x4.splat(0);
  let c40 = f32x4.splat(0),
    c41 = f32x4.splat(0);
  let c50 = f32x4.splat(0),
    c51 = f32x4.splat(0);
  const end = pb + ((<usize>kc) << 5);
  while (pb < end) {
    const b0 = v128.load(pb);
    const b1 = v128.load(pb, 16);
    let a = v128.load32_splat(pa);
    c00 = f32x4.add(c00, f32x4.mul(a, b0));
    c01 = f32x4.add(c01, f32x4.mul(a, b1));
    a = v128.load32_splat(pa, 4);
    c10 = f32x4.add(c10, f32x4.mul(a, b0));
    c11 = f32x4.add(c11, f32x4.mul(a, b1));
    a = v128.load32_splat(pa, 8);
    c20 = f32x4.add(c20, f32x4.mul(a, b0));
    c21 = f32x4.add(c21, f32x4.mul(a, b1));
    a = v128.load32_splat(pa, 12);
    c30 = f32x4.add(c30, f32x4.mul(a, b0));
    c31 = f32x4.add(c31, f32x4.mul(a, b1));
    a = v128.load32_splat(pa, 16);
    c40 = f32x4.add(c40, f32x4.mul(a, b0));
    c41 = f32x4.add(c41, f32x4.mul(a, b1));
    a = v128.load32_splat(pa, 20);
    c50 = f32x4.add(c50, f32x4.mul(a, b0));
    c51 = f32x4.add(c51, f32x4.mul(a, b1));
    pa += 24;
    pb += 32;
  }
  const out = full ? c : edge;
  const stride = full ? (<usize>ldc) << 2 : 32;
  const acc = full && accumulate;
  storeRow(out, c00, c01, acc);
  storeRow(out + stride, c10, c11, acc);
  storeRow(out + 2 * stride, c20, c21, acc);
  storeRow(out + 3 * stride, c30, c31, acc);
  storeRow(out + 4 * stride, c40, c41, acc);
  storeRow(out + 5 * stride, c50, c51, acc);
}

/** k values per block: an MR x KC panel of A and a KC x 8 panel of B stay in L1. */
const KC: i32 = 256;
/** Columns of C per block: a packed KC x NC block of B (1 MB) stays in L2. */
const NC: i32 = 1024;

/** Bytes of scratch gemm() needs after its operands for an (M, N, K) product with MR-row panels. */
export function scratchBytes(M: i32, N: i32, K: i32, mr: i32): i32 {
  const kc = min(K, KC);
  const panelsA = (M + mr - 1) / mr;
  const nc = min(N, NC);
  const panelsB = (nc + NR - 1) / NR;
  return (panelsA * mr * kc + panelsB * NR * kc) * 4;
}

/**
 * C (M, N) = alpha A B with A(i, k) at a + 4 (i ars + k acs) and B(k, j) at b + 4 (k brs + j bcs);
 * C is row-major with N columns at c. `scratch` is scratchBytes(M, N, K, mr) bytes (16-byte
 * aligned); mr is 4 or 6, the micro-kernel's rows.
 */
export function gemm(
  M: i32,
  N: i32,
  K: i32,
  a: usize,
  ars: i32,
  acs: i32,
  b: usize,
  brs: i32,
  bcs: i32,
  c: usize,
  scratch: usize,
  mr: i32,
  alpha: f32,
): void {
  if (M == 0 || N == 0) return;
  alphaLanes = f32x4.splat(alpha);
  if (K == 0) {
    memory.fill(c, 0, (<usize>(M * N)) << 2);
    return;
  }
  // Blocks of equal size (784 = 3 x 262, not 256 + 256 + 256 + 16).
  const blocks = (K + KC - 1) / KC;
  const blockK = (K + blocks - 1) / blocks;
  const panelsA = (M + mr - 1) / mr;
  const packedA = scratch;
  const packedB = scratch + ((<usize>(panelsA * mr * blockK)) << 2);
  for (let j0 = 0; j0 < N; j0 += NC) {
    const nc = min(NC, N - j0);
    const panelsB = (nc + NR - 1) / NR;
    for (let k0 = 0; k0 < K; k0 += blockK) {
      const kc = min(blockK, K - k0);
      pack(a, ars, acs, M, mr, k0, kc, packedA);
      pack(b + ((<usize>(j0 * bcs)) << 2), bcs, brs, nc, NR, k0, kc, packedB);
      const accumulate = k0 > 0;
      for (let q = 0; q < panelsB; q++) {
        const j = j0 + q * NR;
        const pb = packedB + ((<usize>(q * kc * NR)) << 2);
        const cols = min(NR, N - j);
        for (let p = 0; p < panelsA; p++) {
          const i = p * mr;
          const rows = min(mr, M - i);
          const full = rows == mr && cols == NR;
          const pa = packedA + ((<usize>(p * kc * mr)) << 2);
          const at = c + ((<usize>(i * N + j)) << 2);
          if (mr == 6) kernel6x8(pa, pb, kc, at, N, full, accumulate);
          else kernel4x8(pa, pb, kc, at, N, full, accumulate);
          if (!full) storeEdge(at, N, rows, cols, accumulate);
        }
      }
    }
  }
}

/**
 * The SIMD peak micro-benchmark: `iterations` rounds of 12 f32x4 multiply-adds
 * c_i = c_i + c_(i+1) m in registers (96 flops per round), no memory traffic, enough independent
 * chains to fill the pipelines: the ceiling of 128-bit multiply-adds on one core, which the
 * products' speed is divided by. In the fused module (see scripts/build-kernels.mjs) each is one
 * fused multiply-add, as in the fused micro-kernel. m comes as an argument (0 from the bench, so
 * the numbers stay finite) so that nothing can be folded away; the lanes' sum is returned for
 * the same reason.
 */
export function simdPeak(iterations: i32, mf: f32): f32 {
  const m = f32x4.splat(mf);
  let c0 = f32x4.splat(0),
    c1 = f32x4.splat(0.1),
    c2 = f32x4.splat(0.2),
    c3 = f32x4.splat(0.3);
  let c4 = f32x4.splat(0.4),
    c5 = f32x4.splat(0.5),
    c6 = f32x4.splat(0.6),
    c7 = f32x4.splat(0.7);
  let c8 = f32x4.splat(0.8),
    c9 = f32x4.splat(0.9),
    c10 = f32x4.splat(1.1),
    c11 = f32x4.splat(1.2);
  for (let i = 0; i < iterations; i++) {
    c0 = f32x4.add(c0, f32x4.mul(c1, m));
    c1 = f32x4.add(c1, f32x4.mul(c2, m));
    c2 = f32x4.add(c2, f32x4.mul(c3, m));
    c3 = f32x4.add(c3, f32x4.mul(c4, m));
    c4 = f32x4.add(c4, f32x4.mul(c5, m));
    c5 = f32x4.add(c5, f32x4.mul(c6, m));
    c6 = f32x4.add(c6, f32x4.mul(c7, m));
    c7 = f32x4.add(c7, f32x4.mul(c8, m));
    c8 = f32x4.add(c8, f32x4.mul(c9, m));
    c9 = f32x4.add(c9, f32x4.mul(c10, m));
    c10 = f32x4.add(c10, f32x4.mul(c11, m));
    c11 = f32x4.add(c11, f32x4.mul(c0, m));
  }
  let s = f32x4.add(f32x4.add(f32x4.add(c0, c1), f32x4.add(c2, c3)), f32x4.add(c4, c5));
  s = f32x4.add(s, f32x4.add(f32x4.add(f32x4.add(c6, c7), f32x4.add(c8, c9)), f32x4.add(c10, c11)));
  return (
    f32x4.extract_lane(s, 0) +
    f32x4.extract_lane(s, 1) +
    f32x4.extract_lane(s, 2) +
    f32x4.extract_lane(s, 3)
  );
}
