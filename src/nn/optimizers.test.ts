import { describe, expect, it } from 'vitest';
import { type Matrix, fromRows, zeros } from '../math/matrix';
import { createRng } from '../math/rng';
import { useWasmKernels, wasmSimdSupported } from '../math/wasm/kernels';
import { createOptimizer } from './optimizers';
import type { Gradients, Parameters } from './types';

const make = (): Parameters => ({
  W: [fromRows([[1, -2]], 'float64')],
  b: [fromRows([[0.5]], 'float64')],
});
const grads: Gradients = {
  dW: [fromRows([[0.1, -0.4]], 'float64')],
  db: [fromRows([[2]], 'float64')],
};

describe('optimizers', () => {
  it('gd: W := W - alpha dW', () => {
    const p = make();
    createOptimizer('gd', p, { learningRate: 0.5 }).update(p, grads);
    expect(Array.from(p.W[0]!.data)).toEqual([1 - 0.05, -2 + 0.2]);
    expect(p.b[0]!.data[0]).toBe(0.5 - 1);
  });

  it('momentum: v = beta v + (1 - beta) dW, W := W - alpha v', () => {
    const p = make();
    const opt = createOptimizer('momentum', p, { learningRate: 1, momentum: 0.9 });
    opt.update(p, grads);
    expect(p.W[0]!.data[0]).toBeCloseTo(1 - 0.1 * 0.1, 12);
    opt.update(p, grads);
    expect(p.W[0]!.data[0]).toBeCloseTo(1 - 0.01 - (0.9 * 0.01 + 0.01), 12);
  });

  it('adam: the first step moves each parameter by about alpha against its gradient sign', () => {
    const p = make();
    createOptimizer('adam', p, { learningRate: 0.01 }).update(p, grads);
    expect(p.W[0]!.data[0]).toBeCloseTo(1 - 0.01, 6);
    expect(p.W[0]!.data[1]).toBeCloseTo(-2 + 0.01, 6);
    expect(p.b[0]!.data[0]).toBeCloseTo(0.5 - 0.01, 6);
  });

  it('update() reports whether every parameter is still finite (the divergence check)', () => {
    for (const name of ['gd', 'momentum', 'adam'] as const) {
      const p = make();
      const opt = createOptimizer(name, p, { learningRate: 0.1 });
      expect(opt.update(p, grads), name).toBe(true);
      const bad: Gradients = { dW: [fromRows([[0.1, NaN]], 'float64')], db: grads.db };
      expect(opt.update(p, bad), `${name} NaN gradient`).toBe(false);
      expect(Number.isNaN(p.W[0]!.data[1]), name).toBe(true);
    }
    // A float32 parameter that overflows when stored, though its float64 value was finite.
    const p32: Parameters = { W: [fromRows([[3e38]])], b: [fromRows([[0]])] };
    const g32: Gradients = { dW: [fromRows([[-1e38]])], db: [fromRows([[0]])] };
    expect(createOptimizer('gd', p32, { learningRate: 1 }).update(p32, g32)).toBe(false);
    expect(p32.W[0]!.data[0]).toBe(Infinity);
  });

  // Float32 parameters, sizes off the kernel's four lanes (n % 4 = 3 and 1).
  const rng = createRng(3);
  const random = (rows: number, cols: number, scale: number): Matrix => {
    const M = zeros(rows, cols);
    for (let i = 0; i < M.data.length; i++) M.data[i] = scale * rng.normal();
    return M;
  };
  const float32Params = (): Parameters => ({ W: [random(13, 31, 1)], b: [random(13, 1, 1)] });
  const clone = (p: Parameters): Parameters => ({
    W: p.W.map((M) => ({ ...M, data: M.data.slice() })),
    b: p.b.map((M) => ({ ...M, data: M.data.slice() })),
  });
  const gradientSteps = Array.from({ length: 6 }, () => ({
    dW: [random(13, 31, 0.01)],
    db: [random(13, 1, 0.01)],
  }));
  const run = (
    p: Parameters,
    from: number,
    to: number,
    opt: ReturnType<typeof createOptimizer>,
  ) => {
    for (let t = from; t < to; t++) expect(opt.update(p, gradientSteps[t]!)).toBe(true);
  };

  it.skipIf(!wasmSimdSupported())(
    'adam on float32 parameters: the WebAssembly kernel gives the TypeScript loop, bit for bit',
    () => {
      const start = float32Params();
      const viaTs = clone(start);
      useWasmKernels(false);
      try {
        run(viaTs, 0, 6, createOptimizer('adam', viaTs, { learningRate: 0.01 }));
      } finally {
        useWasmKernels(true);
      }
      const viaWasm = clone(start);
      run(viaWasm, 0, 6, createOptimizer('adam', viaWasm, { learningRate: 0.01 }));
      expect(Array.from(viaWasm.W[0]!.data)).toEqual(Array.from(viaTs.W[0]!.data));
      expect(Array.from(viaWasm.b[0]!.data)).toEqual(Array.from(viaTs.b[0]!.data));
      expect(viaWasm.W[0]!.data).not.toEqual(start.W[0]!.data);

      // Two optimizers taking turns (their states swap in and out of the module's memory), and
      // one switched to the TypeScript loop half-way (its state is saved back first).
      const first = clone(start);
      const second = clone(start);
      const optFirst = createOptimizer('adam', first, { learningRate: 0.01 });
      const optSecond = createOptimizer('adam', second, { learningRate: 0.01 });
      for (let t = 0; t < 3; t++) {
        run(first, t, t + 1, optFirst);
        run(second, t, t + 1, optSecond);
      }
      useWasmKernels(false);
      try {
        run(first, 3, 6, optFirst);
      } finally {
        useWasmKernels(true);
      }
      run(second, 3, 6, optSecond);
      for (const p of [first, second]) {
        expect(Array.from(p.W[0]!.data)).toEqual(Array.from(viaTs.W[0]!.data));
        expect(Array.from(p.b[0]!.data)).toEqual(Array.from(viaTs.b[0]!.data));
      }

      // The kernel's finite check: a NaN gradient in the vector lanes or in the scalar tail.
      for (const at of [5, 13 * 31 - 1]) {
        const bad = clone(start);
        const opt = createOptimizer('adam', bad, { learningRate: 0.01 });
        const grads = { dW: [random(13, 31, 0.01)], db: [random(13, 1, 0.01)] };
        grads.dW[0]!.data[at] = NaN;
        expect(opt.update(bad, grads), `NaN at ${at}`).toBe(false);
      }
    },
  );

  it('the learning rate is settable and checked', () => {
    const p = make();
    const opt = createOptimizer('gd', p, { learningRate: 0.5 });
    opt.learningRate = 2;
    expect(opt.learningRate).toBe(2);
    expect(() => (opt.learningRate = -1)).toThrow('positive');
    expect(() => createOptimizer('sgd' as never, p, { learningRate: 1 })).toThrow(
      "unknown optimizer 'sgd'",
    );
  });
});
