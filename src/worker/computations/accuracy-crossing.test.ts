import { describe, expect, it } from 'vitest';
import { makeToyDataset } from '../../data/toy.ts';
import { Trainer, type TrainingOptions } from '../../train/trainer.ts';
import { accuracyCrossing } from './accuracy-crossing.ts';
import type { ComputeContext } from './context.ts';

const context: ComputeContext = {
  session: null,
  mnist: () => Promise.reject(new Error('no MNIST in this test')),
};

const options = (hidden: number | null): TrainingOptions => ({
  config: {
    layerSizes: hidden === null ? [2, 1] : [2, hidden, 1],
    hiddenActivation: 'tanh',
    outputActivation: 'sigmoid',
    loss: 'cross-entropy',
  },
  init: 'random',
  initScale: 0.01,
  optimizer: 'gd',
  learningRate: 1.2,
  batchSize: null,
  seed: 10,
});

const flower = { kind: 'toy', name: 'flower', m: 400, seed: 10 } as const;

describe('accuracyCrossing', () => {
  it('finds the first step at which 4 tanh units reach 90% on the flower, exactly', () => {
    const { iteration } = accuracyCrossing(context, {
      data: flower,
      options: options(4),
      target: 0.9,
      maxIterations: 2000,
    });
    expect(iteration).not.toBeNull();
    // The same run, trained independently: below the target one step earlier, at it here.
    const data = makeToyDataset('flower', { m: 400, seed: 10 });
    const trainer = new Trainer(options(4), data);
    trainer.step(iteration! - 1);
    expect(trainer.evaluate(data.X, data.Y).accuracy).toBeLessThan(0.9);
    trainer.step(1);
    expect(trainer.evaluate(data.X, data.Y).accuracy).toBeGreaterThanOrEqual(0.9);
  });

  it('reports null when logistic regression never gets there', () => {
    const result = accuracyCrossing(context, {
      data: flower,
      options: options(null),
      target: 0.9,
      maxIterations: 300,
    });
    expect(result.iteration).toBeNull();
    expect(result.accuracy).toBeLessThan(0.6);
  });

  it('rejects a target outside [0, 1] and over-long replays', () => {
    const input = { data: flower, options: options(4), target: 1.5, maxIterations: 10 };
    expect(() => accuracyCrossing(context, input)).toThrow(/target/);
    expect(() => accuracyCrossing(context, { ...input, target: 0.9, maxIterations: 1e6 })).toThrow(
      /maxIterations/,
    );
  });
});
