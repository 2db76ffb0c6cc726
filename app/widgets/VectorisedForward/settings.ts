import type { Schema } from '../../stores/url-settings.ts';
import { TWO_LAYER_LIMITS } from '../../engine/index.ts';

/** The notes' network: 3 inputs, 4 hidden units, one output. */
export const NX = 3;
export const HIDDEN = 4;
export const SEED = 12;

/** Lesson 12's URL: ?m=5 examples (columns). */
export const vectorisedSchema = {
  m: { kind: 'number', default: 5, min: 1, max: TWO_LAYER_LIMITS.m, integer: true },
} satisfies Schema;
