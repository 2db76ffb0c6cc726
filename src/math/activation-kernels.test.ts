import { describe, expect, it } from 'vitest';
import { activateInto, addBiasAndActivate, tanhApprox } from './activation-kernels';
import { ACTIVATION_NAMES } from './activations';
import { addColumnInPlace } from './broadcast';
import { fromRows, zeros } from './matrix';
import { createRng } from './rng';

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

describe('addBiasAndActivate', () => {
  it('gives addColumnInPlace then activateInto exactly, for every activation and dtype', () => {
    const rng = createRng(11);
    for (const dtype of ['float32', 'float64'] as const) {
      for (const name of ACTIVATION_NAMES) {
        const Z = zeros(5, 7, dtype);
        for (let i = 0; i < Z.data.length; i++) Z.data[i] = rng.normal();
        Z.data[3] = -0.25; // with b[0] = 0.25 below: z + b = 0 exactly
        Z.data[4] = NaN; // ReLU maps NaN to 0 here, as activateInto does
        const b = zeros(5, 1, dtype);
        for (let i = 0; i < 5; i++) b.data[i] = i === 0 ? 0.25 : rng.normal() / 3;
        const wantZ = { ...Z, data: Z.data.slice() };
        const wantA = zeros(5, 7, dtype);
        addColumnInPlace(wantZ, b);
        activateInto(name, wantZ.data, wantA.data);
        const A = zeros(5, 7, dtype);
        addBiasAndActivate(name, Z, b, A);
        expect(Array.from(Z.data), `${name} ${dtype} Z`).toEqual(Array.from(wantZ.data));
        expect(Array.from(A.data), `${name} ${dtype} A`).toEqual(Array.from(wantA.data));
      }
    }
  });

  it('checks the shape of b', () => {
    expect(() =>
      addBiasAndActivate('relu', zeros(3, 4), fromRows([[1], [2]]), zeros(3, 4), 'b[1]'),
    ).toThrow('b[1] is (2, 1) but Z is (3, 4)');
  });
});
