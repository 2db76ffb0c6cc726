import type { Schema } from '../../stores/url-settings.ts';

/** Lesson 8's settings, all in the URL: the data (m, seed), the starting w and b, α and the step. */
export const loopSchema = {
  m: { kind: 'number', default: 6, min: 4, max: 20, integer: true },
  seed: { kind: 'number', default: 3, min: 0, max: 99999, integer: true },
  w1: { kind: 'number', default: 0.5, min: -5, max: 5 },
  w2: { kind: 'number', default: -0.5, min: -5, max: 5 },
  b: { kind: 'number', default: 0, min: -5, max: 5 },
  lr: { kind: 'number', default: 0.5, min: 0.001, max: 10 },
  /** position in the trace: 0 is the first line; larger than the trace means the end */
  step: { kind: 'number', default: 0, min: 0, max: 1000, integer: true },
} satisfies Schema;

/** Spread of each class in the toy blobs: enough overlap that some examples are misclassified. */
export const BLOB_NOISE = 1.2;
