import { describe, expect, it } from 'vitest';
import { fromRows, zeros } from '../math/matrix';
import { createRng } from '../math/rng';
import { forward } from './forward';
import { initializeParameters } from './initialize';
import { collapseLinearLayers, collapsedLogits } from './linear-collapse';
import type { NetworkConfig } from './types';

describe('collapseLinearLayers', () => {
  it("W' = W[2] W[1] and b' = W[2] b[1] + b[2] for one hidden layer", () => {
    const params = {
      W: [
        fromRows([
          [1, 2],
          [3, 4],
          [5, 6],
        ]),
        fromRows([[1, -1, 2]]),
      ],
      b: [fromRows([[1], [0], [-1]]), fromRows([[0.5]])],
    };
    const { W, b } = collapseLinearLayers(params);
    // (1, -1, 2) (1 2; 3 4; 5 6) = (1 - 3 + 10, 2 - 4 + 12)
    expect(Array.from(W.data)).toEqual([8, 10]);
    // (1, -1, 2) . (1, 0, -1) + 0.5 = -1 + 0.5
    expect(Array.from(b.data)).toEqual([-0.5]);
    expect([W.rows, W.cols, b.rows, b.cols]).toEqual([1, 2, 1, 1]);
  });

  it('gives the same logits as the network with linear hidden layers, however many', () => {
    const config: NetworkConfig = {
      layerSizes: [2, 5, 3, 1],
      hiddenActivation: 'linear',
      outputActivation: 'sigmoid',
      loss: 'cross-entropy',
    };
    const rng = createRng(4);
    const params = initializeParameters(config, 'random', rng, 1, 'float64');
    params.b.forEach((b) => b.data.forEach((_, i) => (b.data[i] = rng.normal())));
    const X = zeros(2, 50, 'float64');
    for (let i = 0; i < X.data.length; i++) X.data[i] = rng.normal() * 3;
    const cache = forward(config, params, X);
    const Z = collapsedLogits(collapseLinearLayers(params), X);
    for (let j = 0; j < 50; j++) expect(Z.data[j]).toBeCloseTo(cache.Z[3]!.data[j]!, 10);
  });
});
