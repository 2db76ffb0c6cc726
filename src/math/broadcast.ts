/**
 * numpy's broadcasting for the two cases the notes need, written into buffers you pass:
 *   Z + b       b (n, 1) is repeated across the m columns of Z (n, m)
 *   sum(dZ, axis=1, keepdims=True)   (n, m) -> (n, 1)
 */
import { type Matrix, ShapeError, shapeText } from './matrix';

/** Throws unless b is (n, 1) for Z (n, m): the shape Z + b broadcasts. */
export function checkColumn(Z: Matrix, b: Matrix, name = 'b'): void {
  if (b.rows !== Z.rows || b.cols !== 1) {
    throw new ShapeError(
      `${name} is ${shapeText(b)} but Z is ${shapeText(Z)}: b must be (${Z.rows}, 1) to broadcast across the columns`,
    );
  }
}

/** Z[i][j] += b[i] for every column j. Writes into Z. */
export function addColumnInPlace(Z: Matrix, b: Matrix, name = 'b'): void {
  checkColumn(Z, b, name);
  const m = Z.cols;
  const z = Z.data;
  for (let i = 0; i < Z.rows; i++) {
    const bi = b.data[i]!;
    const end = (i + 1) * m;
    for (let t = i * m; t < end; t++) z[t] = z[t]! + bi;
  }
}

/** out[i] = scale * sum_j M[i][j]: sum(M, axis=1, keepdims=True) times scale. Writes into out. */
export function sumRowsInto(M: Matrix, out: Matrix, scale = 1): void {
  if (out.rows !== M.rows || out.cols !== 1) {
    throw new ShapeError(
      `sum over the columns of ${shapeText(M)} is (${M.rows}, 1), not ${shapeText(out)}`,
    );
  }
  const m = M.cols;
  for (let i = 0; i < M.rows; i++) {
    let sum = 0;
    const end = (i + 1) * m;
    for (let t = i * m; t < end; t++) sum += M.data[t]!;
    out.data[i] = sum * scale;
  }
}

/** M *= scale, element-wise. Writes into M. */
export function scaleInPlace(M: Matrix, scale: number): void {
  const d = M.data;
  for (let i = 0; i < d.length; i++) d[i] = d[i]! * scale;
}
