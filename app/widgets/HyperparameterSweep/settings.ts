/**
 * Lesson 19's settings: a toy data set, the hyperparameter to sweep, and the values of the
 * others (held fixed). Every run is a one-output network trained by full-batch gradient
 * descent from W = randn x 0.01, b = 0, with `layers` hidden layers of `hidden` units each.
 */
import type { ActivationName } from '../../../src/math/activations.ts';
import type { SessionSetup } from '../../engine/index.ts';
import type { Schema } from '../../stores/url-settings.ts';

export const DATASETS = ['flower', 'moons', 'circles', 'spiral', 'xor'] as const;
export type SweepDataset = (typeof DATASETS)[number];

export function isSweepDataset(value: string): value is SweepDataset {
  return (DATASETS as readonly string[]).includes(value);
}

/** What can be swept: alpha, the iterations, n[l], the number of hidden layers, g[l]. */
export const SWEPT = ['lr', 'iterations', 'hidden', 'layers', 'activation'] as const;
export type Swept = (typeof SWEPT)[number];

export const HIDDEN_ACTIVATIONS = ['tanh', 'relu', 'leaky-relu', 'sigmoid'] as const;

export const hyperSchema = {
  data: { kind: 'enum', default: 'flower', values: DATASETS },
  sweep: { kind: 'enum', default: 'lr', values: SWEPT },
  lr: { kind: 'number', default: 1.2, min: 1e-4, max: 1000 },
  iterations: { kind: 'number', default: 2000, min: 10, max: 20000, integer: true },
  hidden: { kind: 'number', default: 4, min: 1, max: 64, integer: true },
  layers: { kind: 'number', default: 1, min: 1, max: 4, integer: true },
  activation: { kind: 'enum', default: 'tanh', values: HIDDEN_ACTIVATIONS },
  seed: { kind: 'number', default: 10, min: 0, max: 99999, integer: true },
} satisfies Schema;

export interface Fixed {
  data: string;
  lr: number;
  iterations: number;
  hidden: number;
  layers: number;
  activation: string;
  seed: number;
}

/** A swept value: a number for every hyperparameter but the activation. */
export type SweptValue = number | string;

export const TOY_M = 400;
export const MAX_RUNS = 8;

export function sessionIdOf(index: number): string {
  return `lesson-19-run-${index}`;
}

/** The fixed settings with one hyperparameter replaced by the swept value. */
export function withValue(fixed: Fixed, swept: Swept, value: SweptValue): Fixed {
  return { ...fixed, [swept]: value };
}

/** The worker session for one run: [2, n, ..., n, 1] with `layers` hidden layers. */
export function setupOf(run: Fixed): SessionSetup {
  const hiddenSizes = Array.from({ length: run.layers }, () => run.hidden);
  return {
    data: { kind: 'toy', name: run.data as SweepDataset, m: TOY_M, seed: run.seed },
    options: {
      config: {
        layerSizes: [2, ...hiddenSizes, 1],
        hiddenActivation: run.activation as ActivationName,
        outputActivation: 'sigmoid',
        loss: 'cross-entropy',
      },
      init: 'random',
      initScale: 0.01,
      optimizer: 'gd',
      learningRate: run.lr,
      batchSize: null,
      seed: run.seed,
    },
  };
}
