import type { Schema } from '../../stores/url-settings.ts';

/** Lesson 3's settings, all in the URL: ŷ of the loss explorer; the data seed, b and the w marker of the cost curves. */
export const lossSchema = {
  yhat: { kind: 'number', default: 0.8, min: 0.01, max: 0.99 },
} satisfies Schema;

export const W_MIN = -6;
export const W_MAX = 6;
export const B_MIN = -5;
export const B_MAX = 5;

export const curveSchema = {
  seed: { kind: 'number', default: 1, min: 0, max: 9999, integer: true },
  b: { kind: 'number', default: 2, min: B_MIN, max: B_MAX },
  w: { kind: 'number', default: 2.5, min: W_MIN, max: W_MAX },
} satisfies Schema;

/** Intervals of w sampled for each curve (401 values). */
export const SAMPLES = 400;
