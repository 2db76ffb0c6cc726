import { describe, expect, it } from 'vitest';
import { fromRows, zeros } from '../math/matrix';
import { createRng } from '../math/rng';
import { vectorisedGradientStep } from './logistic-regression';
import { loopGradientStep } from './loop-logistic-regression';

describe('logistic regression: loops vs vectorised', () => {
  it('the notes example with two features, computed by hand', () => {
    const X = fromRows(
      [
        [1, -1],
        [2, 0],
      ],
      'float64',
    );
    const Y = fromRows([[1, 0]], 'float64');
    const r = loopGradientStep(new Float64Array([0, 0]), 0, X, Y, 1);
    // w = 0, b = 0: a = 0.5 for both, dz = (-0.5, 0.5)
    expect(r.cost).toBeCloseTo(Math.log(2), 12);
    expect(Array.from(r.dw)).toEqual([(1 * -0.5 + -1 * 0.5) / 2, (2 * -0.5) / 2]);
    expect(r.db).toBe(0);
    expect(Array.from(r.w)).toEqual([0.5, 0.5]);
  });

  it('agree step after step on random data', () => {
    const rng = createRng(1);
    const X = zeros(13, 57, 'float64');
    X.data.forEach((_, i) => (X.data[i] = rng.normal()));
    const Y = zeros(1, 57, 'float64');
    Y.data.forEach((_, i) => (Y.data[i] = rng.int(2)));
    let a = { w: new Float64Array(13) as Float64Array | Float32Array, b: 0 };
    let v = { w: new Float64Array(13) as Float64Array | Float32Array, b: 0 };
    for (let s = 0; s < 10; s++) {
      const ra = loopGradientStep(a.w, a.b, X, Y, 0.3);
      const rv = vectorisedGradientStep(v.w, v.b, X, Y, 0.3);
      expect(rv.cost).toBeCloseTo(ra.cost, 12);
      expect(rv.db).toBeCloseTo(ra.db, 12);
      rv.dw.forEach((d, j) => expect(d).toBeCloseTo(ra.dw[j]!, 12));
      a = ra;
      v = rv;
    }
  });

  it('names the shapes when w does not fit X', () => {
    expect(() => loopGradientStep(new Float64Array(3), 0, zeros(4, 10), zeros(1, 10), 1)).toThrow(
      'w is (3, 1) but X is (4, 10)',
    );
    expect(() =>
      vectorisedGradientStep(new Float64Array(4), 0, zeros(4, 10), zeros(1, 9), 1),
    ).toThrow('Y is (1, 9) but X is (4, 10)');
  });
});
