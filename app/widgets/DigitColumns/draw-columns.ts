/**
 * X drawn as what it is: a matrix with 784 rows and one column per chosen image. Row p of
 * the picture is feature x_{p+1}; column i is x^(i). Painted one canvas pixel per entry.
 */
import type { Matrix } from '../../../src/math/matrix.ts';
import type { Rgb } from '../DecisionBoundary/draw-heatmap.ts';

/** RGBA of a (X.rows x columns.length) picture: entry (p, c) is X[p][columns[c]]. Allocates. */
export function matrixPixels(
  X: Matrix,
  columns: number[],
  ink: Rgb,
  paper: Rgb,
): Uint8ClampedArray {
  const m = columns.length;
  const out = new Uint8ClampedArray(X.rows * m * 4);
  for (let p = 0; p < X.rows; p++) {
    for (let c = 0; c < m; c++) {
      const t = Math.max(0, Math.min(1, X.data[p * X.cols + columns[c]!]!));
      const o = 4 * (p * m + c);
      for (let k = 0; k < 3; k++) out[o + k] = paper[k]! * (1 - t) + ink[k]! * t;
      out[o + 3] = 255;
    }
  }
  return out;
}
