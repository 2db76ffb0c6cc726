import { describe, expect, it } from 'vitest';
import {
  multiplyByDerivative,
  activateInto,
  softmaxBackward,
  softmaxInto,
} from './activation-kernels';
import {
  ACTIVATION_NAMES,
  activations,
  applyInPlace,
  derivativeInPlace,
  sigmoid,
} from './activations';
import { fromRows, toRows, zeros } from './matrix';

const h = 1e-6;
// Points away from the kinks of ReLU and leaky ReLU at z = 0.
const Z = [-6, -2.5, -1, -0.3, -0.01, 0.02, 0.4, 1, 2.2, 7];

describe('activations and their derivatives', () => {
  for (const name of ACTIVATION_NAMES) {
    it(`${name}: g' matches central differences (g(z+h) - g(z-h)) / 2h`, () => {
      const { g, dg, dgFromA } = activations[name];
      for (const z of Z) {
        const numeric = (g(z + h) - g(z - h)) / (2 * h);
        expect(dg(z)).toBeCloseTo(numeric, 7);
        expect(dgFromA(g(z), z)).toBeCloseTo(numeric, 7);
      }
    });

    it(`${name}: the matrix kernels equal the scalar pair`, () => {
      const z = Float64Array.from(Z);
      const a = new Float64Array(z.length);
      activateInto(name, z, a);
      const expected = new Float64Array(z.length);
      applyInPlace(name, z, expected);
      expect(Array.from(a)).toEqual(Array.from(expected));
      const d = new Float64Array(z.length).fill(2);
      multiplyByDerivative(name, a, z, d);
      const dg = new Float64Array(z.length);
      derivativeInPlace(name, a, z, dg);
      d.forEach((v, i) => expect(v).toBeCloseTo(2 * dg[i]!, 12));
    });
  }

  it('matches the notes: sigmoid(0) = 0.5, its limits, tanh is odd', () => {
    expect(sigmoid(0)).toBe(0.5);
    expect(sigmoid(40)).toBeCloseTo(1, 12);
    expect(sigmoid(-800)).toBe(0);
    expect(Number.isNaN(sigmoid(-1e308))).toBe(false);
    expect(activations.tanh.g(-1)).toBe(-activations.tanh.g(1));
    expect(activations['leaky-relu'].g(-2)).toBe(-0.02);
  });

  it('softmax: columns sum to 1, stable for large z, and its Jacobian matches differences', () => {
    const Zm = fromRows(
      [
        [1, 1000, -3],
        [2, 1001, 0],
        [3, 999, 5],
      ],
      'float64',
    );
    const A = zeros(3, 3, 'float64');
    softmaxInto(Zm, A);
    for (let j = 0; j < 3; j++)
      expect(A.data[j]! + A.data[3 + j]! + A.data[6 + j]!).toBeCloseTo(1, 12);
    expect(toRows(A)[0]![0]).toBeCloseTo(
      Math.exp(1) / (Math.exp(1) + Math.exp(2) + Math.exp(3)),
      12,
    );
    // dL/dz for L = sum_k c_k a_k, by the Jacobian-vector product and by differences.
    const c = [0.3, -1.2, 2];
    const one = fromRows([[0.2], [-0.7], [1.1]], 'float64');
    const a1 = zeros(3, 1, 'float64');
    softmaxInto(one, a1);
    const d = fromRows([c.map((x) => [x])].flat(), 'float64');
    softmaxBackward(a1, d);
    const L = (z: number[]) => {
      const out = zeros(3, 1, 'float64');
      softmaxInto(
        fromRows(
          z.map((x) => [x]),
          'float64',
        ),
        out,
      );
      return c.reduce((s, ck, k) => s + ck * out.data[k]!, 0);
    };
    for (let k = 0; k < 3; k++) {
      const zp = [0.2, -0.7, 1.1];
      const zm = [0.2, -0.7, 1.1];
      zp[k]! += h;
      zm[k]! -= h;
      expect(d.data[k]).toBeCloseTo((L(zp) - L(zm)) / (2 * h), 7);
    }
  });
});
