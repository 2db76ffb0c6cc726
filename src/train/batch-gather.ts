/**
 * Mini-batch gathering: the columns of X (n_x, m) for a batch of shuffled example indices.
 *
 * X is row-major with one example per column, so example j's n_x numbers are m floats apart:
 * gathering a batch straight from X touches one cache line per number (about 100,000 misses for
 * 128 MNIST images, ~1 ms, longer than the batch's matrix products). Instead the gatherer makes
 * one example-major copy of X at creation (X^T, (m, n_x): each example contiguous; 188 MB for
 * MNIST's 60,000 images) and copies eight examples at a time from it, so it reads eight
 * contiguous streams and writes runs of eight numbers into the batch.
 * Y (a few rows) is gathered straight from Y.
 */
import { type Floats, type Matrix, ShapeError, gatherColumns, shapeText } from '../math/matrix';

/** Below this many numbers X is gathered directly: the copy would not pay for itself. */
const TRANSPOSE_FROM = 1 << 20;

export class BatchGatherer {
  /** X^T, (m, n_x) row-major, or null when X is small enough to gather directly */
  private readonly examples: Float32Array | Float64Array | null;

  constructor(
    readonly X: Matrix,
    readonly Y: Matrix,
  ) {
    const nx = X.rows;
    const m = X.cols;
    if (X.data.length < TRANSPOSE_FROM) {
      this.examples = null;
      return;
    }
    const copy =
      X.data instanceof Float64Array ? new Float64Array(nx * m) : new Float32Array(nx * m);
    transposeInto(X.data, nx, m, copy);
    this.examples = copy;
  }

  /** Xb = X[:, indices], Yb = Y[:, indices]. Writes into Xb and Yb. */
  gather(indices: ArrayLike<number>, Xb: Matrix, Yb: Matrix): void {
    gatherColumns(this.Y, indices, Yb);
    const src = this.examples;
    if (src === null) {
      gatherColumns(this.X, indices, Xb);
      return;
    }
    const nx = this.X.rows;
    const n = indices.length;
    if (Xb.rows !== nx || Xb.cols !== n) {
      throw new ShapeError(
        `gathering ${n} columns of a ${shapeText(this.X)} matrix needs (${nx}, ${n}), got ${shapeText(Xb)}`,
      );
    }
    const dst = Xb.data;
    let j = 0;
    for (; j + 7 < n; j += 8) {
      const s0 = indices[j]! * nx;
      const s1 = indices[j + 1]! * nx;
      const s2 = indices[j + 2]! * nx;
      const s3 = indices[j + 3]! * nx;
      const s4 = indices[j + 4]! * nx;
      const s5 = indices[j + 5]! * nx;
      const s6 = indices[j + 6]! * nx;
      const s7 = indices[j + 7]! * nx;
      for (let p = 0, d = j; p < nx; p++, d += n) {
        dst[d] = src[s0 + p]!;
        dst[d + 1] = src[s1 + p]!;
        dst[d + 2] = src[s2 + p]!;
        dst[d + 3] = src[s3 + p]!;
        dst[d + 4] = src[s4 + p]!;
        dst[d + 5] = src[s5 + p]!;
        dst[d + 6] = src[s6 + p]!;
        dst[d + 7] = src[s7 + p]!;
      }
    }
    for (; j < n; j++) {
      const s = indices[j]! * nx;
      for (let p = 0, d = j; p < nx; p++, d += n) dst[d] = src[s + p]!;
    }
  }
}

/** Examples per block of the transpose: their rows of X^T (512 x 3 KB for MNIST) stay in L2. */
const TRANSPOSE_BLOCK = 512;

/**
 * copy (m, nx) = x (nx, m) transposed. For each block of examples, four rows of X at a time:
 * four contiguous reads, and each example receives four adjacent numbers per pass (about 2x
 * faster than 64 x 64 tiles one number at a time in V8; the first touch of the 188 MB copy's
 * pages costs another 75 ms that no order avoids).
 */
function transposeInto(x: Floats, nx: number, m: number, copy: Floats): void {
  for (let j0 = 0; j0 < m; j0 += TRANSPOSE_BLOCK) {
    const j1 = Math.min(m, j0 + TRANSPOSE_BLOCK);
    let p = 0;
    for (; p + 3 < nx; p += 4) {
      const r0 = p * m;
      const r1 = r0 + m;
      const r2 = r1 + m;
      const r3 = r2 + m;
      for (let j = j0; j < j1; j++) {
        const d = j * nx + p;
        copy[d] = x[r0 + j]!;
        copy[d + 1] = x[r1 + j]!;
        copy[d + 2] = x[r2 + j]!;
        copy[d + 3] = x[r3 + j]!;
      }
    }
    for (; p < nx; p++) {
      const row = p * m;
      for (let j = j0; j < j1; j++) copy[j * nx + p] = x[row + j]!;
    }
  }
}
