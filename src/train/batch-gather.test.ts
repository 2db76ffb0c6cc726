import { describe, expect, it } from 'vitest';
import { gatherColumns, zeros } from '../math/matrix';
import { createRng } from '../math/rng';
import { BatchGatherer } from './batch-gather';

describe('BatchGatherer', () => {
  // X large enough for the example-major copy (2^20 numbers and more), n_x off the transpose's
  // four rows (787 = 4 * 196 + 3) and m off its 512-example blocks.
  for (const dtype of ['float32', 'float64'] as const) {
    it(`gathers the same columns as gatherColumns (${dtype}, through the X^T copy)`, () => {
      const [nx, m] = [787, 1400];
      const X = zeros(nx, m, dtype);
      for (let i = 0; i < X.data.length; i++) X.data[i] = i; // every number distinct
      const Y = zeros(3, m, dtype);
      for (let i = 0; i < Y.data.length; i++) Y.data[i] = -i;
      const gatherer = new BatchGatherer(X, Y);
      const rng = createRng(5);
      for (const n of [1, 8, 13, 128]) {
        const indices = Uint32Array.from({ length: n }, () => rng.int(m));
        indices[0] = m - 1; // the last example, at the end of the last (partial) block
        const Xb = zeros(nx, n, dtype);
        const Yb = zeros(3, n, dtype);
        gatherer.gather(indices, Xb, Yb);
        const wantX = zeros(nx, n, dtype);
        const wantY = zeros(3, n, dtype);
        gatherColumns(X, indices, wantX);
        gatherColumns(Y, indices, wantY);
        expect(Array.from(Xb.data)).toEqual(Array.from(wantX.data));
        expect(Array.from(Yb.data)).toEqual(Array.from(wantY.data));
      }
    });
  }
});
