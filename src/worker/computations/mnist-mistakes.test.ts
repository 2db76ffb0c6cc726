import { describe, expect, it } from 'vitest';
import { loadMnistNode } from '../../data/mnist-node';
import type { SessionSetup } from '../protocol';
import { createSession, type MnistFiles } from '../session';
import type { ComputeContext } from './context';
import { mnistMistakes } from './mnist-mistakes';

const files: MnistFiles = { train: loadMnistNode('train'), test: loadMnistNode('test') };

function setupFor(task: SessionSetup['data']): SessionSetup {
  return {
    data: task,
    options: {
      config: {
        layerSizes: [784, 1],
        hiddenActivation: 'linear',
        outputActivation: 'sigmoid',
        loss: 'cross-entropy',
      },
      init: 'zeros',
      optimizer: 'gd',
      learningRate: 0.5,
      batchSize: null,
      seed: 1,
    },
  };
}

function contextOf(setup: SessionSetup, steps: number): ComputeContext {
  const session = createSession(setup, files);
  session.trainer.step(steps);
  return { session, mnist: () => Promise.resolve(files) };
}

describe('mnist-mistakes', () => {
  it('returns the misclassified test digits of "3 vs 5", most confidently wrong first', async () => {
    const context = contextOf(
      setupFor({ kind: 'mnist', task: { kind: 'pair', digits: [3, 5] }, limit: 2000 }),
      20,
    );
    const out = await mnistMistakes(context, { limit: 12 });
    const test = files.test.labels;
    const expectedTest = Array.from(test).filter((d) => d === 3 || d === 5).length;
    expect(out.mTest).toBe(expectedTest);
    expect(out.iteration).toBe(20);
    expect(out.wrongCount).toBeGreaterThan(12);
    expect([out.X.rows, out.X.cols]).toEqual([784, 12]);
    for (let c = 0; c < 12; c++) {
      const digit = out.digits[c]!;
      expect([3, 5]).toContain(digit);
      expect(test[out.testIndices[c]!]).toBe(digit);
      // y = 1 for the pair's first digit; the prediction (a > 0.5) disagrees with y
      expect(out.labels[c]).toBe(digit === 3 ? 1 : 0);
      expect(out.probabilities[c]! > 0.5 ? 1 : 0).not.toBe(out.labels[c]);
      // the column is that test image's pixels / 255
      const pixels = files.test.images.pixels;
      const index = out.testIndices[c]!;
      for (const p of [0, 200, 400, 783]) {
        expect(out.X.data[p * 12 + c]).toBeCloseTo(pixels[index * 784 + p]! / 255, 6);
      }
    }
    const wrongness = Array.from(out.probabilities, (a, c) => Math.abs(a - out.labels[c]!));
    for (let c = 1; c < wrongness.length; c++)
      expect(wrongness[c]!).toBeLessThanOrEqual(wrongness[c - 1]!);
  });

  it('agrees with the test accuracy for "0 vs rest", and counts every mistake beyond the limit', async () => {
    const context = contextOf(
      setupFor({ kind: 'mnist', task: { kind: 'one-vs-rest', digit: 0 }, limit: 1000 }),
      5,
    );
    const out = await mnistMistakes(context, { limit: 3 });
    expect(out.mTest).toBe(10000);
    const { accuracy } = context.session!.trainer.evaluate(
      context.session!.data.Xtest!,
      context.session!.data.Ytest!,
    );
    expect(out.wrongCount).toBe(Math.round((1 - accuracy) * 10000));
    expect(out.X.cols).toBe(Math.min(3, out.wrongCount));
  });

  it('says what it needs when the session is missing or not MNIST', async () => {
    await expect(
      mnistMistakes({ session: null, mnist: () => Promise.resolve(files) }, { limit: 5 }),
    ).rejects.toThrow(/session/);
    const toy = createSession({
      ...setupFor({ kind: 'toy', name: 'blobs', m: 20, seed: 1 }),
      options: {
        ...setupFor({ kind: 'toy', name: 'blobs', m: 20, seed: 1 }).options,
        config: {
          layerSizes: [2, 1],
          hiddenActivation: 'linear',
          outputActivation: 'sigmoid',
          loss: 'cross-entropy',
        },
      },
    });
    await expect(
      mnistMistakes({ session: toy, mnist: () => Promise.resolve(files) }, { limit: 5 }),
    ).rejects.toThrow(/MNIST/);
  });
});
