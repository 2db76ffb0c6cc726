import { describe, expect, it } from 'vitest';
import { toRows } from '../math/matrix';
import { createRng } from '../math/rng';
import { initializeParameters } from './initialize';
import { MODEL_FORMAT, fromModelFile, shortestFloat32, toModelFile } from './model-file';
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

  it('writes float32 weights in the fewest digits that read back bit for bit', () => {
    const params = initializeParameters({ ...config, layerSizes: [50, 40, 3] }, 'he', createRng(3));
    const file = toModelFile({ ...config, layerSizes: [50, 40, 3] }, params);
    const text = JSON.stringify(file);
    const numbers = file.layers.flatMap((layer) => [...layer.W.flat(), ...layer.b]);
    for (const x of numbers) expect(String(x).replace(/^-?0\./, '').length).toBeLessThanOrEqual(12);
    // About 12 characters a weight instead of the 19 a widened float32 prints.
    expect(text.length / numbers.length).toBeLessThan(13);
    const back = fromModelFile(JSON.parse(text));
    back.params.W.forEach((W, l) => expect(W.data).toEqual(params.W[l]!.data));
    expect(shortestFloat32(Math.fround(0.1))).toBe(0.1);
    expect(shortestFloat32(0.5)).toBe(0.5);
    expect(shortestFloat32(Math.fround(1 / 3))).toBe(0.33333334);
    // float64 parameters are written exactly as they are
    const wide = toModelFile(
      { ...config, layerSizes: [1, 1] },
      {
        W: [{ rows: 1, cols: 1, data: new Float64Array([1 / 3]) }],
        b: [{ rows: 1, cols: 1, data: new Float64Array([0]) }],
      },
    );
    expect(wide.layers[0]!.W[0]![0]).toBe(1 / 3);
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
