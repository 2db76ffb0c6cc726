import { describe, expect, it } from 'vitest';
import { toRows } from '../math/matrix';
import { createRng } from '../math/rng';
import { initializeParameters } from './initialize';
import { MODEL_FORMAT, fromModelFile, toModelFile } from './model-file';
import type { NetworkConfig } from './types';

const config: NetworkConfig = {
  layerSizes: [3, 4, 2, 3],
  hiddenActivation: 'relu',
  outputActivation: 'softmax',
  loss: 'cross-entropy',
};

describe('model file', () => {
  it('round-trips through JSON text', () => {
    const params = initializeParameters(config, 'he', createRng(9));
    params.b[1]!.data[1] = 0.25;
    const file = toModelFile(config, params);
    expect(file.format).toBe(MODEL_FORMAT);
    expect(file.layers.map((l) => l.activation)).toEqual(['relu', 'relu', 'softmax']);
    expect(file.layers[0]!.W.length).toBe(4);
    expect(file.layers[0]!.W[0]!.length).toBe(3);
    const back = fromModelFile(JSON.parse(JSON.stringify(file)));
    expect(back.config).toEqual(config);
    back.params.W.forEach((W, l) => expect(toRows(W)).toEqual(toRows(params.W[l]!)));
    expect(Array.from(back.params.b[1]!.data)).toEqual(Array.from(params.b[1]!.data));
  });

  it('reads logistic regression (one layer) and defaults the loss', () => {
    const back = fromModelFile({
      format: MODEL_FORMAT,
      layers: [{ W: [[1, 2]], b: [3], activation: 'sigmoid' }],
    });
    expect(back.config.layerSizes).toEqual([2, 1]);
    expect(back.config.loss).toBe('cross-entropy');
  });

  it('rejects bad files with clear messages', () => {
    const layer = { W: [[1, 2]], b: [0], activation: 'sigmoid' };
    expect(() => fromModelFile({ format: 'other', layers: [layer] })).toThrow(
      '"format" must be "neural-notebook/model@1"',
    );
    expect(() =>
      fromModelFile({ format: MODEL_FORMAT, layers: [{ ...layer, W: [[1, 2], [3]] }] }),
    ).toThrow('W[1] is ragged: row 1 has 1 numbers but row 0 has 2');
    expect(() =>
      fromModelFile({
        format: MODEL_FORMAT,
        layers: [
          {
            W: [
              [1, 2],
              [3, 4],
              [5, 6],
            ],
            b: [0, 0, 0],
            activation: 'tanh',
          },
          { W: [[1, 2]], b: [0], activation: 'sigmoid' },
        ],
      }),
    ).toThrow('W[2] is (1, 2) but W[1] is (3, 2)');
    expect(() =>
      fromModelFile({ format: MODEL_FORMAT, layers: [{ ...layer, b: [0, 1] }] }),
    ).toThrow('b[1] has 2 numbers');
    expect(() =>
      fromModelFile({ format: MODEL_FORMAT, layers: [{ ...layer, activation: 'tanh' }] }),
    ).toThrow('must be sigmoid or softmax');
    expect(() =>
      fromModelFile({ format: MODEL_FORMAT, layers: [{ ...layer, W: [[1, 'x']] }] }),
    ).toThrow('W[1][0][1] must be a finite number');
    expect(() => fromModelFile('nope')).toThrow('expected a JSON object');
  });
});
