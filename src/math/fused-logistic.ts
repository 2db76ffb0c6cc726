/**
 * The gradient of logistic regression (one sigmoid unit, cross-entropy) over all m examples,
 * written for speed on MNIST, where X is (784, 60000) float32 (188 MB) and the step is bound by
 * reading X:
 *
 *   Z  = w^T X + b            z_j  = b + sum_i w_i X[i, j]
 *   J  = (1/m) sum_j max(z_j, 0) - z_j y_j + log(1 + e^-|z_j|)     (from the logits, exact)
 *   dZ = sigma(Z) - Y
 *   dw = (1/m) X dZ^T         dw_i = (1/m) sum_j X[i, j] dz_j
 *   db = (1/m) sum_j dz_j
 *
 * X is read row by row, in memory order, twice: Z accumulates eight rows of X at a time into a
 * float64 buffer of m sums (one load and store of z_j per eight multiply-adds), and dw takes
 * eight dot products at a time that share each dz_j (eight rows measured 43 ms against 46 ms
 * for four, Chromium 156). A single fused pass over column blocks of X
 * (the second read from cache) measured no faster: the step is bound by the multiply-adds,
 * not memory. The readable definition is nn/logistic-regression.ts (vectorisedGradientStep);
 * fused-logistic.test.ts checks this against it.
 *
 * Sums are float64 throughout; z is not rounded to float32 as the matrix path's Z is, so the
 * two agree to float32 rounding (about 1e-7 relative), not bit for bit.
 */
import { type Floats, type Matrix, ShapeError, shapeText } from './matrix';

export interface LogisticGradient {
  /** J before the step */
  cost: number;
  db: number;
}

/**
 * J, dw and db for the parameters (w, b) on (X, Y). Writes dw (length n_x) and uses `z`
 * (length m) as scratch; allocates nothing.
 */
export function logisticGradientInto(
  w: Floats,
  b: number,
  X: Matrix,
  Y: Matrix,
  dw: Floats,
  z: Float64Array,
): LogisticGradient {
  const nx = X.rows;
  const m = X.cols;
  if (w.length !== nx || dw.length !== nx) {
    throw new ShapeError(
      `w is (${w.length}, 1) and dw (${dw.length}, 1) but X is ${shapeText(X)}: both must be (n_x, 1) with n_x = ${nx}`,
    );
  }
  if (Y.rows !== 1 || Y.cols !== m) {
    throw new ShapeError(`Y is ${shapeText(Y)} but X is ${shapeText(X)}: Y must be (1, ${m})`);
  }
  if (z.length < m) throw new ShapeError(`the z buffer holds ${z.length} numbers, m is ${m}`);
  const x = X.data;
  const y = Y.data;

  // Z = w^T X + b, eight rows of X at a time, then the rows left over one by one.
  z.fill(b, 0, m);
  let i = 0;
  for (; i + 7 < nx; i += 8) {
    const w0 = w[i]!, w1 = w[i + 1]!, w2 = w[i + 2]!, w3 = w[i + 3]!; // prettier-ignore
    const w4 = w[i + 4]!, w5 = w[i + 5]!, w6 = w[i + 6]!, w7 = w[i + 7]!; // prettier-ignore
    const r0 = i * m, r1 = r0 + m, r2 = r1 + m, r3 = r2 + m; // prettier-ignore
    const r4 = r3 + m, r5 = r4 + m, r6 = r5 + m, r7 = r6 + m; // prettier-ignore
    for (let j = 0; j < m; j++) {
      const s0 = w0 * x[r0 + j]! + w1 * x[r1 + j]! + (w2 * x[r2 + j]! + w3 * x[r3 + j]!);
      const s1 = w4 * x[r4 + j]! + w5 * x[r5 + j]! + (w6 * x[r6 + j]! + w7 * x[r7 + j]!);
      z[j] = z[j]! + (s0 + s1);
    }
  }
  for (; i < nx; i++) {
    const wi = w[i]!;
    const r = i * m;
    for (let j = 0; j < m; j++) z[j] = z[j]! + wi * x[r + j]!;
  }

  // J from the logits, and dZ = sigma(Z) - Y written over Z.
  let costSum = 0;
  let dbSum = 0;
  for (let j = 0; j < m; j++) {
    const zj = z[j]!;
    const yj = y[j]!;
    const e = Math.exp(-Math.abs(zj)); // e^-|z|, never overflows
    const a = zj >= 0 ? 1 / (1 + e) : e / (1 + e);
    costSum += (zj > 0 ? zj : 0) - zj * yj + Math.log1p(e);
    const dz = a - yj;
    z[j] = dz;
    dbSum += dz;
  }

  // dw = (1/m) X dZ^T, eight dot products at a time sharing each dz_j.
  i = 0;
  for (; i + 7 < nx; i += 8) {
    const r0 = i * m, r1 = r0 + m, r2 = r1 + m, r3 = r2 + m; // prettier-ignore
    const r4 = r3 + m, r5 = r4 + m, r6 = r5 + m, r7 = r6 + m; // prettier-ignore
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0; // prettier-ignore
    for (let j = 0; j < m; j++) {
      const dz = z[j]!;
      s0 += x[r0 + j]! * dz;
      s1 += x[r1 + j]! * dz;
      s2 += x[r2 + j]! * dz;
      s3 += x[r3 + j]! * dz;
      s4 += x[r4 + j]! * dz;
      s5 += x[r5 + j]! * dz;
      s6 += x[r6 + j]! * dz;
      s7 += x[r7 + j]! * dz;
    }
    dw[i] = s0 / m;
    dw[i + 1] = s1 / m;
    dw[i + 2] = s2 / m;
    dw[i + 3] = s3 / m;
    dw[i + 4] = s4 / m;
    dw[i + 5] = s5 / m;
    dw[i + 6] = s6 / m;
    dw[i + 7] = s7 / m;
  }
  for (; i < nx; i++) {
    const r = i * m;
    let s = 0;
    for (let j = 0; j < m; j++) s += x[r + j]! * z[j]!;
    dw[i] = s / m;
  }
  return { cost: costSum / m, db: dbSum / m };
}
