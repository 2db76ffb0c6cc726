import { describe, expect, it } from 'vitest';
import { sigmoid } from '../math/activations';
import { createRng } from '../math/rng';
import {
  type DigitModel,
  digitModelFromFile,
  digitOutputs,
  firstLayerWeights,
  pixelContributions,
  predictedDigit,
} from './digit-models';
import { predict } from './forward';
import { initializeParameters } from './initialize';
import { ModelFileError, toModelFile } from './model-file';
import type { NetworkConfig } from './types';

const oneVsAll: NetworkConfig = {
  layerSizes: [784, 10],
  hiddenActivation: 'tanh',
  outputActivation: 'sigmoid',
  loss: 'cross-entropy',
};
const hidden: NetworkConfig = {
  layerSizes: [784, 16, 10],
  hiddenActivation: 'relu',
  outputActivation: 'softmax',
  loss: 'cross-entropy',
};

/** A model file with random weights and biases (as JSON.parse would give it). */
function modelFile(config: NetworkConfig, seed = 1): unknown {
  const rng = createRng(seed);
  const params = initializeParameters(config, 'xavier', rng);
  params.b.forEach((b) => b.data.forEach((_, i) => (b.data[i] = rng.normal() * 0.5)));
  return JSON.parse(JSON.stringify(toModelFile(config, params)));
}

function randomDigit(seed: number): Float32Array {
  const rng = createRng(seed);
  return Float32Array.from({ length: 784 }, () => (rng.next() < 0.2 ? rng.next() : 0));
}

describe('digit models', () => {
  it('tells one-vs-all (ten sigmoids, no hidden layer) from the network (softmax)', () => {
    const a = digitModelFromFile(modelFile(oneVsAll));
    expect(a.kind).toBe('one-vs-all');
    expect(a.config).toEqual(oneVsAll);
    const b = digitModelFromFile(modelFile(hidden));
    expect(b.kind).toBe('hidden');
    expect(b.config.layerSizes).toEqual([784, 16, 10]);
  });

  it('refuses model files that are not digit models, saying why', () => {
    const bad = (config: NetworkConfig) => () => digitModelFromFile(modelFile(config));
    expect(bad({ ...oneVsAll, layerSizes: [2, 10] })).toThrow(/784 pixels.*n_x = 2/);
    expect(bad({ ...hidden, layerSizes: [784, 16, 3] })).toThrow(
      /one output per digit.*n\[L\] = 3/,
    );
    expect(bad({ ...hidden, layerSizes: [784, 10] })).toThrow(
      /softmax digit model needs at least one hidden layer/,
    );
    expect(bad({ ...hidden, outputActivation: 'sigmoid' })).toThrow(
      /no hidden layer, but this model has 1/,
    );
    expect(() => digitModelFromFile({ format: 'other' })).toThrow(ModelFileError);
    expect(() => digitModelFromFile('not json')).toThrow(/JSON object/);
  });

  it('gives one-vs-all confidences sigma(w_k . x + b_k), one per digit', () => {
    const model = digitModelFromFile(modelFile(oneVsAll, 4));
    const x = randomDigit(5);
    const outputs = digitOutputs(model, x);
    expect(outputs).toHaveLength(10);
    for (let k = 0; k < 10; k++) {
      const w = firstLayerWeights(model, k);
      let z = model.params.b[0]!.data[k]!;
      for (let i = 0; i < 784; i++) z += w[i]! * x[i]!;
      expect(outputs[k]).toBeCloseTo(sigmoid(z), 5);
    }
    // Independent classifiers: nothing makes them sum to 1.
    const sum = outputs.reduce((s, v) => s + v, 0);
    expect(Math.abs(sum - 1)).toBeGreaterThan(0.01);
  });

  it("gives the network's softmax probabilities, as the engine's forward pass does", () => {
    const model = digitModelFromFile(modelFile(hidden, 6));
    const x = randomDigit(7);
    const outputs = digitOutputs(model, x);
    expect(outputs.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 6);
    const A = predict(model.config, model.params, { rows: 784, cols: 1, data: x });
    expect(Array.from(outputs)).toEqual(Array.from(A.data));
    expect(() => digitOutputs(model, new Float32Array(783))).toThrow(/784 pixels.*783/);
  });

  it('predicts the most confident digit, the first of equals', () => {
    expect(predictedDigit(Float64Array.from([0.1, 0.7, 0.2, 0, 0, 0, 0, 0, 0.69, 0]))).toBe(1);
    expect(predictedDigit(Float64Array.from([0, 0, 0, 0, 0, 0, 0, 0, 0, 0.3]))).toBe(9);
    expect(predictedDigit(new Float64Array(10))).toBe(0);
  });

  it("splits one-vs-all's z into per-pixel contributions w_i x_i plus b", () => {
    const model = digitModelFromFile(modelFile(oneVsAll, 8));
    const x = randomDigit(9);
    const outputs = digitOutputs(model, x);
    for (const digit of [0, 3, 9]) {
      const { contributions, bias } = pixelContributions(model, x, digit);
      expect(contributions).toHaveLength(784);
      const z = contributions.reduce((s, v) => s + v, bias);
      expect(sigmoid(z)).toBeCloseTo(outputs[digit]!, 5);
      // Blank pixels contribute nothing, whatever their weight.
      x.forEach((v, i) => {
        if (v === 0) expect(Math.abs(contributions[i]!)).toBe(0);
      });
    }
    const network: DigitModel = digitModelFromFile(modelFile(hidden));
    expect(() => pixelContributions(network, x, 0)).toThrow(/one-vs-all/);
  });

  it("shows layer 1's weights row by row: a classifier's w or a hidden unit's incoming weights", () => {
    const model = digitModelFromFile(modelFile(hidden, 10));
    const W = model.params.W[0]!;
    const unit = firstLayerWeights(model, 15);
    expect(unit).toHaveLength(784);
    expect(unit[0]).toBe(W.data[15 * 784]);
    expect(unit[783]).toBe(W.data[16 * 784 - 1]);
    expect(() => firstLayerWeights(model, 16)).toThrow(/units 0..15, there is no unit 16/);
  });
});
