import { describe, expect, it } from 'vitest';
import { fromRows } from '../math/matrix';
import { createRng } from '../math/rng';
import { initializeParameters } from '../nn/initialize';
import type { NetworkConfig } from '../nn/types';
import { decisionGrid } from './decision-grid';

const bounds = { xMin: -4, xMax: 4, yMin: -2, yMax: 2 };

describe('decisionGrid', () => {
  it('puts yMax on row 0 and xMin on column 0', () => {
    // P(y = 1) = sigma(10 x2): top rows near 1, bottom rows near 0, whatever x1 is.
    const config: NetworkConfig = {
      layerSizes: [2, 1],
      hiddenActivation: 'tanh',
      outputActivation: 'sigmoid',
      loss: 'cross-entropy',
    };
    const params = { W: [fromRows([[0, 10]])], b: [fromRows([[0]])] };
    const grid = decisionGrid(config, params, bounds, 10);
    expect(grid.length).toBe(100);
    expect(grid[0]).toBeGreaterThan(0.99);
    expect(grid[99]).toBeLessThan(0.01);
    const byX = decisionGrid(
      config,
      { W: [fromRows([[10, 0]])], b: [fromRows([[0]])] },
      bounds,
      10,
    );
    expect(byX[0]).toBeLessThan(0.01);
    expect(byX[9]).toBeGreaterThan(0.99);
  });

  it('writes into out and paints 100x100 for a 2-16-1 network quickly', () => {
    const config: NetworkConfig = {
      layerSizes: [2, 16, 1],
      hiddenActivation: 'tanh',
      outputActivation: 'sigmoid',
      loss: 'cross-entropy',
    };
    const params = initializeParameters(config, 'xavier', createRng(1));
    const out = new Float32Array(100 * 100);
    expect(decisionGrid(config, params, bounds, 100, out)).toBe(out);
    let best = Infinity;
    for (let i = 0; i < 20; i++) {
      const t0 = performance.now();
      decisionGrid(config, params, bounds, 100, out);
      best = Math.min(best, performance.now() - t0);
    }
    expect(best).toBeLessThan(10); // typically about 1-2 ms; loose for busy CI machines
    expect(() => decisionGrid(config, params, bounds, 10, out)).toThrow(
      'out has 10000 numbers but the grid needs 100',
    );
  });
});
