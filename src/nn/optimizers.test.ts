import { describe, expect, it } from 'vitest';
import { fromRows } from '../math/matrix';
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
