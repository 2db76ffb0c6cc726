import type { Schema } from '../../stores/url-settings.ts';

/** Lesson 2's settings, all in the URL: the data set's seed and size, α, and the sliders. */
export const labSchema = {
  seed: { kind: 'number', default: 7, min: 0, max: 99999, integer: true },
  m: { kind: 'number', default: 200, min: 20, max: 2000, integer: true },
  /** Spread of each class around its centre: large enough by default that the classes overlap. */
  noise: { kind: 'number', default: 1.3, min: 0.1, max: 3 },
  lr: { kind: 'number', default: 0.5, min: 1e-6, max: 1e6 },
  w1: { kind: 'number', default: 1, min: -10, max: 10 },
  w2: { kind: 'number', default: -1, min: -10, max: 10 },
  b: { kind: 'number', default: 0, min: -10, max: 10 },
} satisfies Schema;

/** One press of Train runs this many full-batch gradient-descent steps. */
export const TRAIN_ITERATIONS = 2000;
export const GRID_RESOLUTION = 100;
export const SLIDER_RANGE = 10;
