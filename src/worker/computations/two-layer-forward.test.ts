import { describe, expect, it } from 'vitest';
import type { ComputeContext } from './context.ts';
import { twoLayerForward } from './two-layer-forward.ts';

const context: ComputeContext = {
  session: null,
  mnist: () => Promise.reject(new Error('not needed')),
};

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

describe('two-layer-forward', () => {
  it('returns the notes shapes for 3 inputs and 4 hidden units', () => {
    const out = twoLayerForward(context, { nx: 3, hidden: 4, m: 5, seed: 1 });
    expect(out.layerSizes).toEqual([3, 4, 1]);
    expect([out.W[0]!.rows, out.W[0]!.cols]).toEqual([4, 3]);
    expect([out.b[0]!.rows, out.b[0]!.cols]).toEqual([4, 1]);
    expect([out.W[1]!.rows, out.W[1]!.cols]).toEqual([1, 4]);
    expect([out.X.rows, out.X.cols]).toEqual([3, 5]);
    expect([out.Z[0]!.rows, out.Z[0]!.cols]).toEqual([4, 5]);
    expect([out.A[1]!.rows, out.A[1]!.cols]).toEqual([1, 5]);
  });

  it('z_i = w_i^T x + b_i and a = sigma(z), column by column', () => {
    const { W, b, X, Z, A } = twoLayerForward(context, { nx: 3, hidden: 4, m: 5, seed: 7 });
    const W1 = W[0]!;
    for (let i = 0; i < 4; i++) {
      for (let j = 0; j < 5; j++) {
        let z = b[0]!.data[i]!;
        for (let k = 0; k < 3; k++) z += W1.data[i * 3 + k]! * X.data[k * 5 + j]!;
        expect(Z[0]!.data[i * 5 + j]).toBeCloseTo(z, 5);
        expect(A[0]!.data[i * 5 + j]).toBeCloseTo(sigmoid(z), 5);
      }
    }
  });

  it('training moves the biases away from zero and is seeded', () => {
    const a = twoLayerForward(context, { nx: 2, hidden: 3, m: 4, seed: 3 });
    const b = twoLayerForward(context, { nx: 2, hidden: 3, m: 4, seed: 3 });
    expect(Array.from(a.W[0]!.data)).toEqual(Array.from(b.W[0]!.data));
    expect(Array.from(a.b[0]!.data).some((v) => v !== 0)).toBe(true);
  });

  it('refuses sizes outside its small limits', () => {
    expect(() => twoLayerForward(context, { nx: 0, hidden: 4, m: 5, seed: 1 })).toThrow(/n_x/);
    expect(() => twoLayerForward(context, { nx: 3, hidden: 40, m: 5, seed: 1 })).toThrow(
      /n\[1\].*1 to 8/,
    );
  });
});
