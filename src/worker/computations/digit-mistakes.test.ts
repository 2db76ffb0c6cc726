import { describe, expect, it } from 'vitest';
import { mnistTask } from '../../data/mnist';
import { loadMnistNode } from '../../data/mnist-node';
import { digitModelFromFile, digitOutputs, predictedDigit } from '../../nn/digit-models';
import { toModelFile } from '../../nn/model-file';
import type { NetworkConfig } from '../../nn/types';
import { Trainer } from '../../train/trainer';
import type { MnistFiles } from '../session';
import type { ComputeContext } from './context';
import { digitMistakes, MAX_MISTAKES } from './digit-mistakes';

const files: MnistFiles = { train: loadMnistNode('train'), test: loadMnistNode('test') };
const context: ComputeContext = { session: null, mnist: () => Promise.resolve(files) };

/** A quickly trained digit model file: 300 Adam steps on the first 3,000 training images. */
function trainedModelFile(config: NetworkConfig): unknown {
  const train = mnistTask(files.train.images, files.train.labels, { kind: 'all' }, 3000);
  const trainer = new Trainer(
    { config, init: 'he', optimizer: 'adam', learningRate: 0.003, batchSize: 100, seed: 2 },
    { X: train.X, Y: train.Y },
  );
  trainer.step(300);
  return JSON.parse(JSON.stringify(toModelFile(config, trainer.params)));
}

const oneVsAll = trainedModelFile({
  layerSizes: [784, 10],
  hiddenActivation: 'tanh',
  outputActivation: 'sigmoid',
  loss: 'cross-entropy',
});

describe('digit-mistakes', () => {
  it('finds every test digit the model gets wrong, the most confident mistakes first', async () => {
    const out = await digitMistakes(context, { model: oneVsAll, limit: 25 });
    expect(out.kind).toBe('one-vs-all');
    expect(out.testCount).toBe(10000);

    // The same count, one image at a time, with the pad's own prediction code.
    const model = digitModelFromFile(oneVsAll);
    const pixels = files.test.images.pixels;
    let wrong = 0;
    for (let i = 0; i < 10000; i++) {
      const x = Float32Array.from(pixels.subarray(i * 784, (i + 1) * 784), (v) => v / 255);
      if (predictedDigit(digitOutputs(model, x)) !== files.test.labels[i]) wrong++;
    }
    expect(out.wrongCount).toBe(wrong);
    expect(out.accuracy).toBeCloseTo((10000 - wrong) / 10000, 12);
    expect(out.accuracy).toBeGreaterThan(0.8);
    expect(out.accuracy).toBeLessThan(0.97);

    expect(out.mistakes).toHaveLength(25);
    let previous = Infinity;
    for (const mistake of out.mistakes) {
      expect(mistake.label).toBe(files.test.labels[mistake.index]);
      expect(mistake.predicted).not.toBe(mistake.label);
      expect(Array.from(mistake.pixels)).toEqual(
        Array.from(pixels.subarray(mistake.index * 784, (mistake.index + 1) * 784)),
      );
      const x = Float32Array.from(mistake.pixels, (v) => v / 255);
      const outputs = digitOutputs(model, x);
      expect(predictedDigit(outputs)).toBe(mistake.predicted);
      mistake.outputs.forEach((v, k) => expect(v).toBeCloseTo(outputs[k]!, 5));
      const confidence = mistake.outputs[mistake.predicted]!;
      expect(confidence).toBeLessThanOrEqual(previous);
      previous = confidence;
    }
  });

  it('works for the network too, and returns all mistakes up to the limit', async () => {
    const network = trainedModelFile({
      layerSizes: [784, 32, 10],
      hiddenActivation: 'relu',
      outputActivation: 'softmax',
      loss: 'cross-entropy',
    });
    const out = await digitMistakes(context, { model: network, limit: 0 });
    expect(out.kind).toBe('hidden');
    expect(out.mistakes).toHaveLength(0);
    expect(out.wrongCount).toBeGreaterThan(0);
    const some = await digitMistakes(context, { model: network });
    expect(some.mistakes).toHaveLength(Math.min(100, out.wrongCount));
    const sum = some.mistakes[0]!.outputs.reduce((s, v) => s + v, 0);
    expect(sum).toBeCloseTo(1, 5); // softmax probabilities
  });

  it('says what is wrong with a bad model or limit', async () => {
    await expect(digitMistakes(context, { model: { format: 'x' } })).rejects.toThrow(/model file/);
    await expect(digitMistakes(context, { model: oneVsAll, limit: -1 })).rejects.toThrow(
      new RegExp(`0 to ${MAX_MISTAKES}`),
    );
    await expect(digitMistakes(context, { model: oneVsAll, limit: 2.5 })).rejects.toThrow(
      /whole number/,
    );
  });
});
