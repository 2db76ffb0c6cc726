/**
 * How different the hidden units of a layer are: the largest entry-wise difference between
 * two rows of W[l] (row i holds unit i's incoming weights),
 *
 *   max over i < j, k of |W[l]_ik - W[l]_jk|.
 *
 * Zero initialisation makes every row equal, and backpropagation then gives every row the
 * same gradient, so this stays exactly 0 however long one trains (lesson 16).
 */
import type { Matrix } from '../math/matrix';

/** 0 for a single row; never allocates. */
export function maxRowDifference(M: Matrix): number {
  let largest = 0;
  for (let k = 0; k < M.cols; k++) {
    // The largest pairwise difference in a column is its max minus its min.
    let low = Infinity;
    let high = -Infinity;
    for (let i = 0; i < M.rows; i++) {
      const value = M.data[i * M.cols + k]!;
      if (value < low) low = value;
      if (value > high) high = value;
    }
    if (M.rows > 1) largest = Math.max(largest, high - low);
  }
  return largest;
}
