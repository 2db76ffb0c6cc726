import { describe, expect, it } from 'vitest';
import { vectorisedGradientStep } from '../nn/logistic-regression';
import { logisticGradientInto } from './fused-logistic';
import { type DType, type Matrix, zeros } from './matrix';
import { createRng } from './rng';

const rng = createRng(3);
function data(nx: number, m: number, dtype: DType): { X: Matrix; Y: Matrix; w: Float64Array } {
  const X = zeros(nx, m, dtype);
  for (let i = 0; i < X.data.length; i++) X.data[i] = rng.next();
  const Y = zeros(1, m, dtype);
  for (let i = 0; i < m; i++) Y.data[i] = rng.int(2);
  const w = new Float64Array(nx);
  for (let i = 0; i < nx; i++) w[i] = rng.normal() * 0.3;
  return { X, Y, w };
}

// n_x values hit the eight-row loops and every remainder (0 to 7 rows left over).
const SHAPES: [number, number][] = [
  [1, 1], [2, 5], [3, 7], [4, 1], [5, 33], [8, 3], [13, 57], [17, 9], [23, 8], [784, 301], [785, 64],
]; // prettier-ignore

describe('logisticGradientInto (fused) against the vectorised reference', () => {
  it('float64: same J, dw and db to 1e-12', () => {
    // Both sum in float64 from the same numbers, only in a different order: the differences
    // are rounding, ~n_x 2^-53 relative.
    for (const [nx, m] of SHAPES) {
      const { X, Y, w } = data(nx, m, 'float64');
      const b = 0.1;
      const want = vectorisedGradientStep(w, b, X, Y, 1);
      const dw = new Float64Array(nx);
      const got = logisticGradientInto(w, b, X, Y, dw, new Float64Array(m));
      expect(got.cost, `${nx}x${m}`).toBeCloseTo(want.cost, 12);
      expect(got.db).toBeCloseTo(want.db, 12);
      for (let j = 0; j < nx; j++) expect(dw[j]).toBeCloseTo(want.dw[j]!, 12);
    }
  });

  it('float32 data: the float64 reference on the same numbers, to the rounding of dw', () => {
    // The kernel reads float32 X, Y, w and sums in float64, so it computes what the reference
    // computes in float64 on the same values; only dw is stored in float32 (half an ulp,
    // 2^-24 |dw| relative). The float32 matrix path (vectorisedGradientStep on float32) is
    // further off: it rounds Z and A to float32 and clips A before the log, 5e-5 in J on some
    // of these draws where float32 sigma(z) reaches 1.
    for (const [nx, m] of SHAPES) {
      const { X, Y, w } = data(nx, m, 'float32');
      const w32 = Float32Array.from(w);
      const X64 = zeros(nx, m, 'float64');
      X64.data.set(X.data);
      const Y64 = zeros(1, m, 'float64');
      Y64.data.set(Y.data);
      const want = vectorisedGradientStep(Float64Array.from(w32), -0.2, X64, Y64, 1);
      const dw = new Float32Array(nx);
      const got = logisticGradientInto(w32, -0.2, X, Y, dw, new Float64Array(m));
      expect(got.cost, `${nx}x${m}`).toBeCloseTo(want.cost, 12);
      expect(got.db).toBeCloseTo(want.db, 12);
      for (let j = 0; j < nx; j++) {
        expect(Math.abs(dw[j]! - want.dw[j]!)).toBeLessThanOrEqual(
          2 ** -24 * Math.abs(want.dw[j]!),
        );
      }
    }
  });

  it('is exact for large logits, where float32 sigma rounds to 1', () => {
    const X = zeros(1, 2, 'float64');
    X.data.set([1, -1]);
    const Y = zeros(1, 2, 'float64');
    Y.data.set([0, 1]);
    const dw = new Float64Array(1);
    // z = (40, -40) with the wrong labels: each loss is 40 + log(1 + e^-40).
    const { cost, db } = logisticGradientInto(
      new Float64Array([40]),
      0,
      X,
      Y,
      dw,
      new Float64Array(2),
    );
    expect(cost).toBeCloseTo(40 + Math.log1p(Math.exp(-40)), 12);
    expect(db).toBeCloseTo(0, 12);
    expect(dw[0]).toBeCloseTo(1, 12);
  });

  it('names the shapes when they do not fit', () => {
    const { X, Y } = data(4, 10, 'float64');
    expect(() =>
      logisticGradientInto(new Float64Array(3), 0, X, Y, new Float64Array(3), new Float64Array(10)),
    ).toThrow('w is (3, 1) and dw (3, 1) but X is (4, 10)');
    expect(() =>
      logisticGradientInto(
        new Float64Array(4),
        0,
        X,
        zeros(1, 9),
        new Float64Array(4),
        new Float64Array(10),
      ),
    ).toThrow('Y is (1, 9) but X is (4, 10)');
  });
});
