/**
 * The session set-up shared by the lessons that train a 2-n[1]-1 network (or logistic
 * regression) on 2-D points by full-batch gradient descent: 14, 15, 16 and 17. Each lesson
 * changes only what it is about (the hidden activation, the initialisation).
 */
import type { ToyDatasetName } from '../../../src/data/toy.ts';
import type { ActivationName } from '../../../src/math/activations.ts';
import type { InitName } from '../../../src/nn/types.ts';
import type { DataSource, SessionSetup } from '../../engine/index.ts';

/** Examples in every generated data set of these lessons (the course's flower has 400). */
export const TOY_M = 400;

/** A generated data set of TOY_M points. */
export function toyData(dataset: string, seed: number): DataSource {
  return { kind: 'toy', name: dataset as ToyDatasetName, m: TOY_M, seed };
}

export interface NetworkRun {
  data: DataSource;
  /** n[1]; null is logistic regression (no hidden layer) */
  hidden: number | null;
  learningRate: number;
  /** Seeds the initial weights (the same seed gives compared runs the same start). */
  seed: number;
  hiddenActivation?: ActivationName;
  init?: InitName;
  initScale?: number;
}

/** A sigmoid output with cross-entropy, W = randn x 0.01 by default, as in the course. */
export function networkSetup({
  data,
  hidden,
  learningRate,
  seed,
  hiddenActivation = 'tanh',
  init = 'random',
  initScale = 0.01,
}: NetworkRun): SessionSetup {
  return {
    data,
    options: {
      config: {
        layerSizes: hidden === null ? [2, 1] : [2, hidden, 1],
        hiddenActivation,
        outputActivation: 'sigmoid',
        loss: 'cross-entropy',
      },
      init,
      initScale,
      optimizer: 'gd',
      learningRate,
      batchSize: null,
      seed,
    },
  };
}
