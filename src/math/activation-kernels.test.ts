import { describe, expect, it } from 'vitest';
import { activateInto, tanhApprox } from './activation-kernels';

describe('tanhApprox', () => {
  it('is within 2.7e-7 of Math.tanh on a dense sweep of [-30, 30]', () => {
    // The rational approximation's error is largest at the clamp (|x| = 7.905), where it
    // returns tanh(7.905) = 0.99999974 instead of 1: 2.6e-7, about two float32 ulps at 1.
    let worst = 0;
    for (let i = -300_000; i <= 300_000; i++) {
      const x = i * 1e-4;
      worst = Math.max(worst, Math.abs(tanhApprox(x) - Math.tanh(x)));
    }
    expect(worst).toBeLessThan(2.7e-7);
  });

  it('is odd, exact at 0, close to x near 0, and bounded for huge and infinite inputs', () => {
    expect(tanhApprox(0)).toBe(0);
    for (const x of [1e-12, 1e-6, 0.003, 0.5, 3]) {
      expect(tanhApprox(-x)).toBe(-tanhApprox(x));
      expect(Math.abs(tanhApprox(x) - Math.tanh(x))).toBeLessThanOrEqual(2e-7 * Math.abs(x));
    }
    expect(Math.abs(tanhApprox(1e300))).toBeLessThan(1);
    expect(tanhApprox(Infinity)).toBeCloseTo(1, 6);
    expect(tanhApprox(-Infinity)).toBeCloseTo(-1, 6);
    expect(tanhApprox(NaN)).toBeNaN();
  });

  it('training keeps Math.tanh: activateInto is exact', () => {
    const Z = new Float64Array([-2, -0.5, 0, 0.25, 4]);
    const A = new Float64Array(5);
    activateInto('tanh', Z, A);
    expect(Array.from(A)).toEqual(Array.from(Z, Math.tanh));
  });
});
