import { describe, expect, it } from 'vitest';
import type { ComputeContext } from './context.ts';
import { layerShapes } from './layer-shapes.ts';

const context: ComputeContext = {
  session: null,
  mnist: () => Promise.reject(new Error('not needed')),
};

describe('layer-shapes', () => {
  it('reports the dimension rules for every layer', () => {
    const out = layerShapes(context, { layerSizes: [3, 4, 2, 1], m: 5, seed: 1 });
    expect(out.X).toEqual([3, 5]);
    expect(out.layers.map((l) => l.W)).toEqual([
      [4, 3],
      [2, 4],
      [1, 2],
    ]);
    for (const layer of out.layers) {
      const prev = out.layerSizes[layer.l - 1]!;
      expect(layer.dW).toEqual([layer.n, prev]);
      expect(layer.b).toEqual([layer.n, 1]);
      expect(layer.db).toEqual([layer.n, 1]);
      for (const name of ['Z', 'A', 'dZ', 'dA'] as const) expect(layer[name]).toEqual([layer.n, 5]);
    }
    expect(out.parameterCount).toBe(4 * 4 + 2 * 5 + 1 * 3);
    expect(out.edit).toBeNull();
  });

  it('a typed W that does not fit returns the engine message naming both shapes', () => {
    const out = layerShapes(context, {
      layerSizes: [3, 4, 1],
      m: 5,
      seed: 1,
      edit: { param: 'W', layer: 1, rows: 4, cols: 2 },
    });
    expect(out.edit?.fits).toBe(false);
    expect(out.edit?.expected).toEqual([4, 3]);
    expect(out.edit?.message).toContain('(4, 2)');
    expect(out.edit?.message).toContain('(4, 3)');
    // the valid network is still described
    expect(out.layers[0]!.W).toEqual([4, 3]);
  });

  it('a typed shape that fits is accepted; b must be (n[l], 1)', () => {
    const fits = layerShapes(context, {
      layerSizes: [3, 4, 1],
      m: 2,
      seed: 1,
      edit: { param: 'W', layer: 2, rows: 1, cols: 4 },
    });
    expect(fits.edit).toMatchObject({ fits: true, message: null });
    const bad = layerShapes(context, {
      layerSizes: [3, 4, 1],
      m: 2,
      seed: 1,
      edit: { param: 'b', layer: 1, rows: 4, cols: 2 },
    });
    expect(bad.edit?.message).toMatch(/b\[1\] is \(4, 2\).*\(4, 1\)/);
  });

  it('impossible sizes get a message naming the limit', () => {
    const run =
      (layerSizes: number[], m = 5) =>
      () =>
        layerShapes(context, { layerSizes, m, seed: 1 });
    expect(run([3, 0, 1])).toThrow(/n\[1\] must be a whole number of at least 1, got 0/);
    expect(run([3, 2.5, 1])).toThrow(/got 2.5/);
    expect(run([3, 5000, 1])).toThrow(/limit of 4096/);
    expect(run([3, 4000, 4000, 1])).toThrow(/1000000/);
    expect(run([3, 4, 1], 0)).toThrow(/m must be/);
  });
});
